using System.Net.Http.Json;

namespace RunStrong.Benchmarks.Platform;

/// <summary>The platform-admin routes a scenario needs, called through the gateway with the admin key.</summary>
public sealed class AdminApi(HttpClient gateway, PlatformSecrets secrets)
{
    public const string AdminKeyHeader = "X-Admin-Key";

    /// <summary>Creates a tenant and returns its first API key.</summary>
    public async Task<CreatedTenant> CreateTenantAsync(string id, string name, string kind, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/tenants")
        {
            // Load tenants get limits far above what the harness can send: the scenarios measure throughput,
            // not the per-tenant rate limiter (which otherwise answers 429 past 1,200 requests a minute).
            Content = JsonContent.Create(new { id, name, kind, limits = new { requestsPerMinute = 1_000_000, burst = 1_000_000 } }),
        };
        request.Headers.Add(AdminKeyHeader, secrets.AdminKey);
        using var response = await gateway.SendAsync(request, cancellationToken);
        await response.EnsureAsync("create tenant", cancellationToken);
        return await response.Content.ReadFromJsonAsync<CreatedTenant>(cancellationToken)
            ?? throw new InvalidOperationException("Creating a tenant returned no body.");
    }

    /// <summary>The part of the created-tenant body a scenario uses.</summary>
    public sealed record CreatedTenant(string Id, string ApiKey);
}
