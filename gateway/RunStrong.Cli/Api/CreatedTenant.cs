namespace RunStrong.Cli.Api;

/// <summary>A new tenant with its first API key: the platform shows the key only in this answer.</summary>
internal sealed record CreatedTenant(string Id, string Name, string Kind, string ApiKey, string KeyId, TenantLimits? Limits);
