using Orleans.Concurrency;
using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.MemberImports;

/// <summary>
/// One import of one gym, keyed <c>"{tenantId}/{importId}"</c>. Walks its stored upload with bounded
/// concurrency, persisting a cursor, and resumes after a restart (a reminder wakes it).
/// </summary>
[GrainScope(GrainScope.Tenant)]
public interface IImportJobGrain : IGrainWithStringKey
{
    /// <summary>Starts the job; a repeated start of the same job changes nothing.</summary>
    Task<ImportProgress> Start(ImportRequest request);

    /// <summary>The job's progress; null when there is no such job.</summary>
    [AlwaysInterleave]
    Task<ImportProgress?> Progress();

    /// <summary>Stops a queued or running job after the batch in flight; a finished job is unchanged.</summary>
    Task<ImportProgress?> Cancel();
}
