namespace RunStrong.Contracts.Erasure;

[GenerateSerializer]
public enum ErasureStartOutcome
{
    /// <summary>The erasure runs (begun now, or already running: the same erasure id either way).</summary>
    Started,

    NoTenant,

    /// <summary>Only a suspended tenant can be erased, so that its keys already fail while the erasure revokes them.</summary>
    NotSuspended,
}
