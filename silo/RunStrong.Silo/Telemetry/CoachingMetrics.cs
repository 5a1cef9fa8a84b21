using System.Diagnostics;
using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Telemetry;

/// <summary>
/// Athlete log and coaching-engine instruments on RunStrong's meter. Attributes are bounded (the entry
/// kind); tenant and athlete ids never appear here (they belong on spans and logs).
/// </summary>
public sealed class CoachingMetrics
{
    public const string ActivitiesLogged = "runstrong.activities.logged";
    public const string RecommendationsComputed = "runstrong.recommendations.computed";
    public const string RecommendationsDuration = "runstrong.recommendations.duration";

    /// <summary>The one attribute of <see cref="ActivitiesLogged"/>: which kind of log entry was stored.</summary>
    public const string KindAttribute = "kind";

    private static readonly KeyValuePair<string, object?> RunKind = new(KindAttribute, "run");
    private static readonly KeyValuePair<string, object?> StrengthSessionKind = new(KindAttribute, "strength_session");
    private static readonly KeyValuePair<string, object?> NutritionKind = new(KindAttribute, "nutrition");
    private static readonly KeyValuePair<string, object?> MeasurementKind = new(KindAttribute, "measurement");

    private readonly Counter<long> activitiesLogged;
    private readonly Counter<long> recommendationsComputed;
    private readonly Histogram<double> recommendationsDuration;

    public CoachingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(TelemetryNames.RunStrong);
        activitiesLogged = meter.CreateCounter<long>(
            ActivitiesLogged, "{activity}",
            "Athlete log writes that stored a new entry (a retry of an entry already stored and an id conflict are not counted), by kind.");
        recommendationsComputed = meter.CreateCounter<long>(
            RecommendationsComputed, "{report}", "Coaching reports computed by the engine (one per recommendations request for an athlete with a profile).");

        // The engine takes microseconds (docs/BENCHMARKS.md: about 7 us for 16 weeks of data); the buckets
        // resolve that range and still show a slow outlier.
        recommendationsDuration = meter.CreateHistogram<double>(
            RecommendationsDuration, "s", "Time the coaching engine took to evaluate an athlete's data into a report.",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.000005, 0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.005, 0.025],
            });
    }

    public void RunLogged() => activitiesLogged.Add(1, RunKind);

    public void StrengthSessionLogged() => activitiesLogged.Add(1, StrengthSessionKind);

    public void NutritionLogged() => activitiesLogged.Add(1, NutritionKind);

    public void MeasurementLogged() => activitiesLogged.Add(1, MeasurementKind);

    /// <summary>Records one report computed, <paramref name="startedAt"/> being <see cref="Stopwatch.GetTimestamp"/> before the engine ran.</summary>
    public void RecommendationsEvaluated(long startedAt)
    {
        recommendationsDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds);
        recommendationsComputed.Add(1);
    }
}
