using System.Net;
using System.Net.Http.Json;

namespace RunStrong.AppHost;

/// <summary>
/// Seeds a demo gym and a demo club through the gateway's admin API. Keys are shown only once, so when a
/// demo tenant exists from an earlier run, a fresh key is issued for it instead.
/// </summary>
internal sealed class DemoTenants(HttpClient gateway)
{
    public async Task<string> EnsureKeyAsync(string id, string name, string kind, CancellationToken cancellationToken)
    {
        using var created = await gateway.PostAsJsonAsync("/api/admin/tenants", new { id, name, kind }, cancellationToken);
        if (created.StatusCode == HttpStatusCode.Conflict)
        {
            using var issued = await gateway.PostAsync($"/api/admin/tenants/{id}/keys", null, cancellationToken);
            return await ReadKeyAsync(issued, cancellationToken);
        }

        return await ReadKeyAsync(created, cancellationToken);
    }

    private static async Task<string> ReadKeyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<KeyResponse>(cancellationToken);
        return body?.ApiKey ?? throw new InvalidOperationException("The admin API returned no key.");
    }

    private sealed record KeyResponse(string ApiKey);
}
