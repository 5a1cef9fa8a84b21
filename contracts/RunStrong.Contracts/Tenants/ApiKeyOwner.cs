namespace RunStrong.Contracts.Tenants;

/// <summary>The tenant a presented key authenticates as.</summary>
[GenerateSerializer, Immutable]
public sealed record ApiKeyOwner(
    [property: Id(0)] string TenantId,
    [property: Id(1)] TenantKind Kind);
