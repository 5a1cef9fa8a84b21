namespace RunStrong.Cli.Api;

/// <summary>A tenant's request rate and body size limits; a missing one takes the platform default.</summary>
internal sealed record TenantLimits(int? RequestsPerMinute, int? Burst, long? MaxBodyBytes);
