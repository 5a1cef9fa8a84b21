namespace RunStrong.Coaching.Athletes;

/// <summary>
/// Training that is not running (cycling, swimming, rowing, a gym class...), as an activity file records it. It
/// counts in training hours, training load and exercise energy, never in run km or the running rules.
/// <see cref="Id"/> is the idempotency key, as for a <see cref="Run"/>.
/// </summary>
/// <param name="Sport">The sport in FIT's lower-camel names ("cycling", "swimming"...).</param>
/// <param name="DurationMin">Moving time.</param>
/// <param name="EnergyKcal">Energy spent in the session: the device's figure, else an estimate.</param>
public sealed record CrossTrainingSession(
    string Id,
    DateTimeOffset StartedAt,
    string Sport,
    double DurationMin,
    double EnergyKcal,
    int? AvgHeartRate,
    double? DistanceKm);
