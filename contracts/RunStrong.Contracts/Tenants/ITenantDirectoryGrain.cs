using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Tenants;

/// <summary>
/// The list of tenant ids, for the admin's paged listing (a single grain: tenants number in the thousands,
/// not millions, and are created rarely).
/// </summary>
[GrainScope(GrainScope.Platform)]
public interface ITenantDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The one directory's key.</summary>
    const string Key = "all";

    Task Add(string tenantId);

    /// <summary>Up to <paramref name="limit"/> ids in order, after <paramref name="after"/> (exclusive).</summary>
    Task<IReadOnlyList<string>> Page(string? after, int limit);

    /// <summary>Takes an erased tenant out of the listing.</summary>
    Task Remove(string tenantId);
}
