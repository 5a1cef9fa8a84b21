namespace RunStrong.Contracts.Erasure;

/// <summary>Where a tenant erasure is: waiting for its first step, removing, done, or given up (its reason says why).</summary>
[GenerateSerializer]
public enum ErasureStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
