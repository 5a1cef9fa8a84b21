namespace RunStrong.Contracts.Tenants;

/// <summary>The tenant a presented key authenticates as, with what the gateway enforces for it.</summary>
[GenerateSerializer, Immutable]
public sealed record ApiKeyOwner(
    [property: Id(0)] string TenantId,
    [property: Id(1)] TenantKind Kind,
    [property: Id(2)] TenantStatus Status,
    [property: Id(3)] TenantLimits Limits);
