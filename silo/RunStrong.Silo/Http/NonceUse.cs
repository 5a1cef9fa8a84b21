namespace RunStrong.Silo.Http;

/// <summary>What <see cref="NonceLedger.TryUse"/> found.</summary>
public enum NonceUse
{
    /// <summary>Not seen before: now recorded, the request may proceed.</summary>
    Fresh,

    /// <summary>Seen within the freshness window (or not a nonce at all): a replay.</summary>
    Replayed,

    /// <summary>The ledger is at its bound: the silo is overrun and sheds the request (503).</summary>
    LedgerFull,
}
