namespace RunStrong.Contracts.Tenants;

/// <summary>The tenant a presented key authenticates as, with what the gateway enforces for it.</summary>
/// <param name="AthleteId">
/// Set for an athlete-scoped key: the one athlete of the tenant it acts as. Null for a tenant (staff) key.
/// </param>
[GenerateSerializer, Immutable]
public sealed record ApiKeyOwner(
    [property: Id(0)] string TenantId,
    [property: Id(1)] TenantKind Kind,
    [property: Id(2)] TenantStatus Status,
    [property: Id(3)] TenantLimits Limits,
    [property: Id(4)] string? AthleteId = null);
