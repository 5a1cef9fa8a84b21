namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// How the body is changing. The mass trend is a least-squares slope over the plausible weigh-ins of the
/// last 28 days (null with fewer than 2 points or under 14 days between first and last); the FFM change
/// compares the latest body-fat reading with one 8-12 weeks earlier by the same method.
/// </summary>
public sealed record BodyTrend(
    double? MassChangePercentPerWeek,
    int MassTrendDays,
    double? FfmChangeKg,
    double? FfmChangePercent,
    int FfmChangeDays);
