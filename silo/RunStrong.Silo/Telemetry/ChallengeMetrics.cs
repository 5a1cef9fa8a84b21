using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Telemetry;

/// <summary>
/// Challenge instruments on RunStrong's meter. No tenant, challenge or athlete ids as attributes: their
/// number is unbounded (they belong on spans and logs).
/// </summary>
public sealed class ChallengeMetrics
{
    private readonly Counter<long> scoreUpdates;
    private readonly Histogram<double> flushLag;

    public ChallengeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(TelemetryNames.RunStrong);
        scoreUpdates = meter.CreateCounter<long>(
            "runstrong.challenge.score_updates", "{update}", "Athlete score updates applied by challenge shards.");
        flushLag = meter.CreateHistogram<double>(
            "runstrong.leaderboard.flush_lag", "s", "Time from a score update reaching its shard to the leaderboard snapshot that shows it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 2, 5, 10] });
    }

    public void ScoreUpdateApplied() => scoreUpdates.Add(1);

    public void SnapshotPublished(TimeSpan lag) => flushLag.Record(lag.TotalSeconds);
}
