using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Route families that belong to one kind of tenant: gyms import members, clubs run challenges. The other
/// kind gets 403 at the gateway, whatever the silos would answer.
/// </summary>
public static class TenantFeatures
{
    private static readonly Dictionary<string, TenantKind> OwnedSegments = new(StringComparer.Ordinal)
    {
        ["imports"] = TenantKind.Gym,
        ["challenges"] = TenantKind.Club,
    };

    /// <summary>Imports carry whole membership files: far above a tenant's everyday body limit.</summary>
    public const long ImportBodyBytes = TenantLimits.LargestBodyBytes;

    /// <summary>The kind that owns the route family named by <paramref name="segment"/> (after the tenant id), if any.</summary>
    public static TenantKind? OwnerOf(string segment) => OwnedSegments.TryGetValue(segment, out var kind) ? kind : null;

    public static bool IsImport(string segment) => segment == "imports";
}
