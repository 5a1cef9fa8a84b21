namespace RunStrong.Contracts.Tenants;

/// <summary>What is known about one of a tenant's keys without the key itself.</summary>
[GenerateSerializer, Immutable]
public sealed record ApiKeyInfo(
    [property: Id(0)] string KeyId,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] DateTimeOffset? RevokedAt);
