using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;
using RunStrong.Contracts.Challenges;
using RunStrong.Silo.Http;
using RunStrong.Silo.LiveLeaderboards;

namespace RunStrong.Silo.Api.Challenges;

/// <summary>
/// A challenge's leaderboard as Server-Sent Events: <c>retry</c>, the current page at once (unless the client's
/// <c>Last-Event-ID</c> is that version), then the newest page whenever the snapshot changes, at most one event per
/// <see cref="LiveLeaderboardSettings.MinEventInterval"/>, with keep-alive comments while nothing changes. Each event's
/// data is exactly what <c>GET …/leaderboard?top=</c> answers. The stream ends itself after
/// <see cref="LiveLeaderboardSettings.StreamLifetime"/>, so the browser reconnects and is authorized again.
/// </summary>
public sealed class LeaderboardEventsResult(ChallengeDefinition challenge, string tenantId, int top) : IResult
{
    public const string ContentType = "text/event-stream";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<LiveLeaderboardSettings>>().Value;
        using var subscription = services.GetRequiredService<LiveLeaderboardHub>().TrySubscribe(tenantId, challenge.Id);
        if (subscription is null)
        {
            httpContext.Response.Headers.RetryAfter = "5";
            await Problems.Write(httpContext, StatusCodes.Status503ServiceUnavailable, "Service busy",
                "This server streams as many leaderboards as it may; retry after 5 s.");
            return;
        }

        // Read after subscribing, so a snapshot published in between arrives as the next page rather than being missed.
        var grain = services.GetRequiredService<IGrainFactory>().GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenantId, challenge.Id));
        if (await grain.GetLeaderboard(top) is not { } first)
        {
            await Problems.NotFound($"No challenge '{challenge.Id}'.").ExecuteAsync(httpContext);
            return;
        }

        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var clock = services.GetRequiredService<TimeProvider>();
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(
            httpContext.RequestAborted, services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        ends.CancelAfter(settings.StreamLifetime);

        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        try
        {
            var sent = long.TryParse(httpContext.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var known) ? known : -1;
            // Written even when the silo is already stopping (then nothing follows): the browser learns when to come back,
            // and reconnects to a silo that is not draining, where an error status would stop its EventSource for good.
            await WriteAsync(response, $"retry: {(long)settings.ClientRetry.TotalMilliseconds}\n\n", httpContext.RequestAborted);
            var sentAt = first.GeneratedAt;
            if (first.Version != sent)
            {
                await WriteAsync(response, Event(first, json), ends.Token);
                sent = first.Version;
            }

            while (true)
            {
                if (!await NextAsync(subscription.Pages, settings.KeepAliveInterval, ends.Token))
                {
                    await WriteAsync(response, ": keep-alive\n\n", ends.Token);
                    continue;
                }

                if (!subscription.Pages.TryRead(out var page))
                {
                    return;
                }

                // Versions restart when the challenge re-activates, so news is another version that is not older than the
                // one sent (the hub may hand over a page it fetched just before this stream read its first).
                if (page.Version != sent && page.GeneratedAt >= sentAt)
                {
                    await WriteAsync(response, Event(page.Take(top), json), ends.Token);
                    (sent, sentAt) = (page.Version, page.GeneratedAt);
                    await Task.Delay(settings.MinEventInterval, clock, ends.Token);
                }
            }
        }
        catch (OperationCanceledException) when (ends.IsCancellationRequested)
        {
            // The lifetime is over, the client left or the silo stops: the stream just ends.
        }
        catch (IOException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-write.
        }
    }

    /// <summary>True when a page is ready (or the pages ended); false when the keep-alive interval passed first.</summary>
    private static async Task<bool> NextAsync(System.Threading.Channels.ChannelReader<LeaderboardPage> pages, TimeSpan keepAlive, CancellationToken ends)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(ends);
        idle.CancelAfter(keepAlive);
        try
        {
            // A page, or the end of the pages: the caller's TryRead tells which.
            await pages.WaitToReadAsync(idle.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ends.IsCancellationRequested)
        {
            return false;
        }
    }

    private string Event(LeaderboardPage page, JsonSerializerOptions json)
    {
        // Compact JSON has no line breaks, so the document is one data line.
        var data = JsonSerializer.Serialize(LeaderboardResponse.Of(challenge, page), json);
        return string.Create(CultureInfo.InvariantCulture, $"event: leaderboard\nid: {page.Version}\ndata: {data}\n\n");
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, Encoding.UTF8, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
