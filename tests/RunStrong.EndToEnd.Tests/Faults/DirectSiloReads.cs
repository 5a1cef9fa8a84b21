using System.Globalization;
using System.Net;
using System.Text.Json;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.EndToEnd.Tests.Failover;
using RunStrong.Testing;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// Reads athletes straight from one silo's cluster listener, signed as the gateway signs (with the cluster
/// certificate and the platform's signing secret): what a gateway that has not yet learnt that the silo is gone
/// would send, or what sits in the silo's sockets while it is paused. Over one HTTP/2 connection opened before
/// the pause, so requests sent during the pause wait in the silo's socket and are read the moment it resumes.
/// </summary>
internal sealed class DirectSiloReads(Uri silo, string signingKey, string tenantId, Timeline timeline) : IDisposable
{
    private readonly HttpClient http = Client(silo);

    /// <summary>One read of the athlete's last-7-days run count: the outcome, and the count when it succeeded.</summary>
    public async Task<(Outcome Outcome, int? Runs)> ReadRunCountAsync(string athleteId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var what = $"GET {athleteId} directly from {silo.Authority}";
        var start = timeline.Now;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get,
                new Uri(silo, $"/api/t/{tenantId}/athletes/{athleteId}?asOf={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
            await GatewaySigning.SignAsync(request, silo, new CallerContext(CallerRole.Tenant, tenantId, TenantKind.Gym), signingKey: signingKey);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (new Outcome(what, start, timeline.Now, (int)response.StatusCode, body.Length > 300 ? body[..300] + "…" : body), null);
            }

            var runs = JsonDocument.Parse(body).RootElement.GetProperty("summary").GetProperty("last7Days").GetProperty("runs").GetInt32();
            return (new Outcome(what, start, timeline.Now, (int)response.StatusCode, null), runs);
        }
        catch (HttpRequestException e)
        {
            return (new Outcome(what, start, timeline.Now, 0, $"{e.GetType().Name} ({e.HttpRequestError}): {e.Message}"), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new Outcome(what, start, timeline.Now, 0, $"timeout after {http.Timeout.TotalSeconds:F0} s"), null);
        }
    }

    public void Dispose() => http.Dispose();

    private static HttpClient Client(Uri silo)
    {
        var client = TestClusterCertificate.HttpClient(silo);
        client.DefaultRequestVersion = HttpVersion.Version20;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        client.Timeout = TimeSpan.FromSeconds(60);
        return client;
    }
}
