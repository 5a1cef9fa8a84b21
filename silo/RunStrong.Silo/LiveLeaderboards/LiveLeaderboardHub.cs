using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using RunStrong.Challenges.Standings;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.LiveLeaderboards;

/// <summary>
/// The silo's live leaderboards: per challenge watched by at least one of this silo's streams, ONE loop long-polls the
/// challenge grain (<see cref="IChallengeGrain.NextLeaderboard"/>) and hands each new page to every subscriber's
/// one-page channel. So a thousand browsers on one challenge cost the grain one pending call per silo, not a thousand
/// polls. Streams are bounded per silo (<see cref="LiveLeaderboardSettings.MaxStreams"/>); a loop ends with its last subscriber.
/// </summary>
public sealed partial class LiveLeaderboardHub(
    IGrainFactory grains, IOptions<LiveLeaderboardSettings> options, TimeProvider clock, ILogger<LiveLeaderboardHub> logger, IMeterFactory meters) : IDisposable
{
    /// <summary>Teams and athletes each page carries: the most any stream may ask for, trimmed per stream.</summary>
    public const int PageSize = Api.Challenges.ChallengesApi.MaxTop;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Watch> watches = new(StringComparer.Ordinal);
    private int streams;

    // The ops dashboard's open-streams panel: streams hold a connection each, bounded per silo by MaxStreams.
    private readonly UpDownCounter<int> openStreamsMetric = meters.Create(RunStrong.ServiceDefaults.TelemetryNames.RunStrong)
        .CreateUpDownCounter<int>("runstrong.leaderboard.streams", "{stream}", "Live leaderboard streams this silo serves now.");
    private bool disposed;

    private LiveLeaderboardSettings Settings => options.Value;

    /// <summary>Streams this silo serves now.</summary>
    public int OpenStreams
    {
        get
        {
            lock (gate)
            {
                return streams;
            }
        }
    }

    /// <summary>Challenges this silo runs a loop for now.</summary>
    public int WatchedChallenges
    {
        get
        {
            lock (gate)
            {
                return watches.Count;
            }
        }
    }

    /// <summary>A subscription to the challenge's pages; null when the silo already serves its most streams.</summary>
    public LeaderboardSubscription? TrySubscribe(string tenantId, string challengeId)
    {
        var key = ChallengeKeys.Challenge(tenantId, challengeId);
        lock (gate)
        {
            if (disposed || streams >= Settings.MaxStreams)
            {
                return null;
            }

            if (!watches.TryGetValue(key, out var watch))
            {
                watch = new Watch(key, tenantId);
                watches.Add(key, watch);
                // The loop belongs to no request: it must not carry the first subscriber's trace or caller.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(() => RunAsync(watch));
                }
            }

            var subscription = new LeaderboardSubscription(key, Release);
            watch.Subscribers.Add(subscription);
            streams++;
            openStreamsMetric.Add(1);
            return subscription;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var watch in watches.Values)
            {
                watch.Stop.Cancel();
            }
        }
    }

    private void Release(LeaderboardSubscription subscription)
    {
        lock (gate)
        {
            streams--;
            openStreamsMetric.Add(-1);
            if (watches.TryGetValue(subscription.ChallengeKey, out var watch) && watch.Subscribers.Remove(subscription) && watch.Subscribers.Count == 0)
            {
                watches.Remove(subscription.ChallengeKey);
                watch.Stop.Cancel();
            }
        }
    }

    private async Task RunAsync(Watch watch)
    {
        GrainCaller.EnterTenant(watch.TenantId);
        var grain = grains.GetGrain<IChallengeGrain>(watch.Key);
        var token = watch.Stop.Token;
        long version = -1;
        var failures = 0;
        try
        {
            while (!token.IsCancellationRequested)
            {
                LeaderboardPage? page;
                try
                {
                    // Waiting is the point of a long poll: its trace is exported only if it fails, not for its length.
                    using (ExpectedWait.Begin())
                    {
                        page = await grain.NextLeaderboard(version, PageSize, Settings.LongPoll);
                    }

                    failures = 0;
                }
                catch (Exception e) when (!token.IsCancellationRequested)
                {
                    // A silo lost or a grain moving: the streams wait (keep-alives go on) while the loop retries.
                    LogPollFailed(logger, e, watch.Key);
                    var backoff = TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, failures++)));
                    await Task.Delay(backoff, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                }

                if (page is null)
                {
                    return;
                }

                if (page.Version != version)
                {
                    version = page.Version;
                    Publish(watch, page);
                }
            }
        }
        finally
        {
            End(watch);
        }
    }

    private void Publish(Watch watch, LeaderboardPage page)
    {
        lock (gate)
        {
            foreach (var subscriber in watch.Subscribers)
            {
                // Capacity 1, dropping the oldest: always succeeds, and a slow stream only ever holds the newest page.
                subscriber.Channel.Writer.TryWrite(page);
            }
        }
    }

    /// <summary>The loop stopped (no subscribers left, the challenge is gone, or the silo stops): its streams end.</summary>
    private void End(Watch watch)
    {
        lock (gate)
        {
            if (watches.TryGetValue(watch.Key, out var current) && current == watch)
            {
                watches.Remove(watch.Key);
            }

            foreach (var subscriber in watch.Subscribers)
            {
                subscriber.Channel.Writer.TryComplete();
            }
        }

        watch.Stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live leaderboard poll of {Challenge} failed; retrying.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string challenge);

    private sealed class Watch(string key, string tenantId)
    {
        public string Key { get; } = key;

        public string TenantId { get; } = tenantId;

        public List<LeaderboardSubscription> Subscribers { get; } = [];

        public CancellationTokenSource Stop { get; } = new();
    }
}
