using RunStrong.Coaching.Athletes;

namespace RunStrong.Activities;

/// <summary>
/// What RunStrong derives from an activity file: the figures the API shows and the log entry is made of.
/// </summary>
/// <param name="Sport">FIT's lower-camel sport name ("running", "cycling"...).</param>
/// <param name="DurationMin">Timer (moving) time: pauses excluded.</param>
/// <param name="ElapsedMin">First to last moment recorded, pauses included.</param>
/// <param name="Kind">The run's kind as detected from laps and the sample stream; null for cross-training.</param>
/// <param name="EnergyKcal">The file's energy figure when it states one, else an estimate (see the derivation).</param>
public sealed record ActivitySummary(
    ActivityFormat Format,
    string Sport,
    string? SubSport,
    DateTimeOffset StartedAt,
    double DistanceKm,
    double DurationMin,
    double ElapsedMin,
    int? AvgHeartRate,
    int? MaxHeartRate,
    RunKind? Kind,
    IReadOnlyList<ActivityLap> Laps,
    ActivityLoggedAs LoggedAs,
    double EnergyKcal);
