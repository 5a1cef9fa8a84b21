using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// How the body is changing. The mass trend is a least-squares slope, in % of the mean mass per week, over the
/// most recent plausible weigh-ins that span at least 3 weeks (else 2), found up to 12 weeks back (null without
/// such a span or a weigh-in in the last 5 weeks). The FFM change compares the latest body-fat reading of one
/// method with one 8-12 weeks earlier by the same method; of the methods that allow it, the largest loss is kept,
/// so a reading by another method never hides a loss measured by one.
/// </summary>
public sealed record BodyTrend(
    double? MassChangePercentPerWeek,
    int MassTrendDays,
    double? FfmChangeKg,
    double? FfmChangePercent,
    int FfmChangeDays,
    BodyFatMethod? FfmChangeMethod = null)
{
    public static readonly BodyTrend None = new(null, 0, null, null, 0);
}
