using System.Net.Http.Json;

namespace RunStrong.Benchmarks.Platform;

/// <summary>Requests a tenant makes through the gateway with its API key, and the wait until that key is admitted.</summary>
public static class TenantRequests
{
    public const string ApiKeyHeader = "X-Api-Key";

    private static readonly TimeSpan AdmissionTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A request to <paramref name="path"/> with the tenant's key and, when given, a JSON body.</summary>
    public static HttpRequestMessage Create(HttpMethod method, string path, string apiKey, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.TryAddWithoutValidation(ApiKeyHeader, apiKey);
        return request;
    }

    /// <summary>
    /// GETs <paramref name="probePath"/> until it answers 2xx: the first tenant call waits until the gateway's
    /// Orleans client has joined the cluster and the new key is known.
    /// </summary>
    public static async Task WaitUntilAdmittedAsync(HttpClient gateway, string probePath, string apiKey, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + AdmissionTimeout;
        while (true)
        {
            using var request = Create(HttpMethod.Get, probePath, apiKey);
            using var response = await gateway.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline)
            {
                await response.EnsureAsync($"GET {probePath}", cancellationToken);
                return;
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}
