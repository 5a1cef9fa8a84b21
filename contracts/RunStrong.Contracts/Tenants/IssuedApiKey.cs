namespace RunStrong.Contracts.Tenants;

/// <summary>A freshly issued key: the only moment the plain key exists outside the caller's hands.</summary>
[GenerateSerializer, Immutable]
public sealed record IssuedApiKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string ApiKey);
