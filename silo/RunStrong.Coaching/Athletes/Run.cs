namespace RunStrong.Coaching.Athletes;

/// <summary>
/// One logged run. <see cref="Id"/> is the idempotency key: the client's own id, or one derived from
/// the run's content when the client sent none, so a retried request is counted once. Which day it
/// belongs to depends on the athlete's time zone: <see cref="LocalCalendar.DayOf"/>.
/// </summary>
public sealed record Run(
    string Id,
    DateTimeOffset StartedAt,
    double DistanceKm,
    double DurationMin,
    RunKind Kind,
    int? Rpe,
    int? AvgHeartRate);
