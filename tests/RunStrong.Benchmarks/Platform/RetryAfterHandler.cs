using System.Net;

namespace RunStrong.Benchmarks.Platform;

/// <summary>
/// What a well-behaved client does with "busy": a 429 or 503 that carries Retry-After is sent again after the time
/// it names, up to <see cref="MaxWaits"/> times, and counted. Without Retry-After the answer is returned as it is
/// (the caller decides). The setup, the checks and the resends after the load go through this, so a platform
/// that sheds load slows them instead of failing them.
/// </summary>
public sealed class RetryAfterHandler : DelegatingHandler
{
    public const int MaxWaits = 30;
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);
    private long shed, withRetryAfter;

    /// <summary>
    /// How long one attempt may take (the client's own timeout is infinite, so that waiting as asked never counts
    /// against it); past it the attempt ends with <see cref="TaskCanceledException"/>, as a client timeout does.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = Timeout.InfiniteTimeSpan;

    /// <summary>429 and 503 answers seen, whether honoured or not.</summary>
    public long Shed => Interlocked.Read(ref shed);

    /// <summary>Of <see cref="Shed"/>, those that carried Retry-After.</summary>
    public long WithRetryAfter => Interlocked.Read(ref withRetryAfter);

    /// <summary>The wait a 429/503 asks for, or null when the answer is neither or names no wait.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Longest ? Longest : wait;
    }

    /// <summary>Whether <paramref name="response"/> is a shed answer (429 or 503).</summary>
    public static bool IsShed(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var waits = 0; ; waits++)
        {
            HttpResponseMessage response;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(AttemptTimeout);
                response = await base.SendAsync(request, attempt.Token);
            }

            if (!IsShed(response))
            {
                return response;
            }

            Interlocked.Increment(ref shed);
            if (RetryAfterOf(response) is not { } wait)
            {
                return response;
            }

            Interlocked.Increment(ref withRetryAfter);
            if (waits == MaxWaits)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }
}
