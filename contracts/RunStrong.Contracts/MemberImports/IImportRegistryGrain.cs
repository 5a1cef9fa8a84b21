namespace RunStrong.Contracts.MemberImports;

/// <summary>A gym's imports, newest first, for listing (keyed by tenant id; the most recent 1,000 are kept).</summary>
public interface IImportRegistryGrain : IGrainWithStringKey
{
    Task Add(string importId);

    Task<IReadOnlyList<string>> Recent(int limit);
}
