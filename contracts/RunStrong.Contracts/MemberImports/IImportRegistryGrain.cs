using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.MemberImports;

/// <summary>A gym's imports, newest first, for listing (keyed by tenant id; the most recent 1,000 are kept).</summary>
[GrainScope(GrainScope.Tenant)]
public interface IImportRegistryGrain : IGrainWithStringKey
{
    Task Add(string importId);

    Task<IReadOnlyList<string>> Recent(int limit);
}
