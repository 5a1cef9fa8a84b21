using System.Net;

namespace RunStrong.Cli.Api;

/// <summary>
/// Sends a request again when the platform says it is busy: 429 (the tenant's rate limit) or 503 (a gateway
/// shedding load), after the Retry-After it answers (else a growing pause), a bounded number of times. Only for
/// routes where a repeat is safe; the last busy answer is returned as it came.
/// </summary>
internal static class BusyRetry
{
    public const int MaxAttempts = 6;

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    /// <param name="create">Builds the request afresh for each attempt (a sent request and its body cannot be sent again).</param>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, Func<HttpRequestMessage> create, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = create();
            var response = await http.SendAsync(request, completion, cancellationToken);
            if (!IsBusy(response.StatusCode) || attempt == MaxAttempts)
            {
                return response;
            }

            var wait = WaitOf(response, attempt);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    public static bool IsBusy(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>Retry-After as seconds or a date, else 1, 2, 4… s; never more than <see cref="MaxWait"/>.</summary>
    public static TimeSpan WaitOf(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;
    }
}
