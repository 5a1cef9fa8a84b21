namespace RunStrong.Contracts.Tenants;

/// <summary>The result of creating a tenant: the tenant and its first key, or null values when the id is taken.</summary>
[GenerateSerializer, Immutable]
public sealed record TenantCreation(
    [property: Id(0)] TenantInfo? Tenant,
    [property: Id(1)] IssuedApiKey? FirstKey)
{
    public static TenantCreation AlreadyExists { get; } = new(null, null);

    public bool Created => Tenant is not null;
}
