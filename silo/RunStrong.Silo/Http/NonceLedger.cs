using System.Buffers;
using System.Buffers.Text;
using RunStrong.Contracts.Security;

namespace RunStrong.Silo.Http;

/// <summary>
/// The nonces of signed requests this silo accepted recently, so a captured request cannot be played again
/// while its timestamp is still fresh. Two generations of <see cref="Period"/> each: a nonce stays at least one
/// period, and a signature is fresh for at most one period (<see cref="RequestSigner.MaxClockSkew"/> either side
/// of now), so a replay inside the window always finds it. Memory is bounded by <see cref="MaxEntries"/>.
/// (The signature also names the silo listener it was sent to, so another silo's ledger needs no copy.)
/// </summary>
public sealed class NonceLedger(TimeProvider clock)
{
    /// <summary>About 64 MB at most: 8,000 accepted requests a second over two periods fit.</summary>
    public const int MaxEntries = 2_000_000;

    private static readonly TimeSpan Period = RequestSigner.MaxClockSkew * 2;

    private readonly Lock gate = new();
    private HashSet<UInt128> current = [];
    private HashSet<UInt128> previous = [];
    private DateTimeOffset currentSince = clock.GetUtcNow();

    public NonceUse TryUse(string nonce)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (Base64Url.DecodeFromChars(nonce, bytes, out _, out var written) != OperationStatus.Done || written != bytes.Length)
        {
            return NonceUse.Replayed;
        }

        var value = new UInt128(BitConverter.ToUInt64(bytes[..8]), BitConverter.ToUInt64(bytes[8..]));
        lock (gate)
        {
            Rotate(clock.GetUtcNow());
            if (current.Contains(value) || previous.Contains(value))
            {
                return NonceUse.Replayed;
            }

            if (current.Count + previous.Count >= MaxEntries)
            {
                return NonceUse.LedgerFull;
            }

            current.Add(value);
            return NonceUse.Fresh;
        }
    }

    private void Rotate(DateTimeOffset now)
    {
        var age = now - currentSince;
        if (age < Period)
        {
            return;
        }

        // After two idle periods nothing in "current" can still be fresh either.
        previous = age < Period * 2 ? current : [];
        current = [];
        currentSince = now;
    }
}
