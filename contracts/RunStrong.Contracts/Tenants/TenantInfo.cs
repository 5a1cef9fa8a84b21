namespace RunStrong.Contracts.Tenants;

/// <summary>A tenant as the platform admin sees it. Key hashes never leave the key grains.</summary>
[GenerateSerializer, Immutable]
public sealed record TenantInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] TenantKind Kind,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] IReadOnlyList<ApiKeyInfo> Keys,
    [property: Id(5)] TenantStatus Status,
    [property: Id(6)] TenantLimits Limits);
