using System.Net.Http.Json;
using System.Text;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// The tenant's members directory through the gateway: <c>GET /api/t/{tenantId}/athletes?q=&amp;sort=&amp;limit=&amp;after=</c>
/// with the staff key, and the writes the risk probe makes on one athlete.
/// </summary>
public sealed class DirectoryClient(string tenantId, string apiKey)
{
    public string TenantId => tenantId;

    /// <summary>A page request; each parameter is sent only when given.</summary>
    public HttpRequestMessage Page(string? sort, int? limit = null, string? after = null, string? q = null)
    {
        var path = new StringBuilder($"api/t/{tenantId}/athletes");
        var separator = '?';
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                path.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        Add("q", q);
        Add("sort", sort);
        Add("limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("after", after);
        return TenantRequests.Create(HttpMethod.Get, path.ToString(), apiKey);
    }

    public static async Task<DirectoryPageView> GetAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            await response.EnsureAsync($"GET {request.RequestUri}", cancellationToken);
            return await response.Content.ReadFromJsonAsync<DirectoryPageView>(cancellationToken)
                ?? throw new InvalidOperationException($"GET {request.RequestUri}: no body.");
        }
    }

    /// <summary>The athlete's risk as <c>GET .../recommendations</c> computes it now (what the directory should come to show).</summary>
    public async Task<string?> RecommendedRiskAsync(HttpClient http, string athleteId, CancellationToken cancellationToken)
    {
        using var request = TenantRequests.Create(HttpMethod.Get, $"api/t/{tenantId}/athletes/{Uri.EscapeDataString(athleteId)}/recommendations", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        await response.EnsureAsync($"recommendations of {athleteId}", cancellationToken);
        var report = await response.Content.ReadFromJsonAsync<RiskView>(cancellationToken);
        return report?.MuscleRetentionRisk;
    }

    /// <summary><c>POST .../athletes/{athleteId}/measurements</c> with a DEXA reading; returns once acknowledged.</summary>
    public async Task AddDexaMeasurementAsync(HttpClient http, string athleteId, DateOnly date, double weightKg, double bodyFatPercent, CancellationToken cancellationToken)
    {
        var body = new { date, weightKg, bodyFatPercent, bodyFatMethod = "dexa" };
        using var request = TenantRequests.Create(HttpMethod.Post, $"api/t/{tenantId}/athletes/{Uri.EscapeDataString(athleteId)}/measurements", apiKey, body);
        using var response = await http.SendAsync(request, cancellationToken);
        await response.EnsureAsync($"measurement of {athleteId}", cancellationToken);
    }

    private sealed record RiskView(string? MuscleRetentionRisk);
}
