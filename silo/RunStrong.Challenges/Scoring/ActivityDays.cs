using RunStrong.Challenges.Rules;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// An athlete's log grouped by their local calendar day (so a daily cap is a cap per day the athlete lived):
/// the one pass every challenge metric reads from.
/// </summary>
public sealed class ActivityDays
{
    private readonly Dictionary<DateOnly, DayActivity> days;

    private ActivityDays(Dictionary<DateOnly, DayActivity> days) => this.days = days;

    public DayActivity On(DateOnly day) => days.GetValueOrDefault(day) ?? DayActivity.None;

    public static ActivityDays Of(ScoringInput input)
    {
        var days = new Dictionary<DateOnly, DayActivity>();
        foreach (var run in input.Runs)
        {
            var date = input.Calendar.DayOf(run.StartedAt);
            var day = days.GetValueOrDefault(date) ?? DayActivity.None;
            days[date] = day with
            {
                Distance = day.Distance + Score.Of(run.DistanceKm),
                RunCount = day.RunCount + 1,
                HardRuns = day.HardRuns + (run.Kind.IsHard() ? 1 : 0),
            };
        }

        foreach (var session in input.StrengthSessions)
        {
            if (session.LoadsLegs)
            {
                var date = input.Calendar.DayOf(session.StartedAt);
                var day = days.GetValueOrDefault(date) ?? DayActivity.None;
                days[date] = day with { LegSessions = day.LegSessions + 1 };
            }
        }

        var measurements = input.Measurements.OrderBy(m => m.Date).ToList();
        foreach (var nutrition in input.Nutrition)
        {
            if (WeightOn(nutrition.Date, measurements, input.ProfileWeightKg) is { } weightKg && ReachesTarget(nutrition.ProteinG, weightKg))
            {
                var day = days.GetValueOrDefault(nutrition.Date) ?? DayActivity.None;
                days[nutrition.Date] = day with { ProteinMet = true };
            }
        }

        return new ActivityDays(days);
    }

    /// <summary>
    /// Protein at or above 1.6 g/kg (Morton et al. 2018), compared to the tenth of a gram as decimals: in
    /// doubles 1.6 x 71 kg is 113.60000000000001 g, and a day logged at exactly 113.6 g would miss.
    /// </summary>
    private static bool ReachesTarget(double proteinG, double weightKg) =>
        Math.Round((decimal)proteinG, 1) >= Math.Round((decimal)CoachingThresholds.ProteinTargetGPerKg * (decimal)weightKg, 1);

    /// <summary>Body mass on a day: the latest measurement on or before it, else the profile's.</summary>
    private static double? WeightOn(DateOnly day, List<Measurement> measurementsByDate, double? profileWeightKg)
    {
        double? weight = null;
        foreach (var measurement in measurementsByDate)
        {
            if (measurement.Date > day)
            {
                break;
            }

            weight = measurement.WeightKg;
        }

        return weight ?? profileWeightKg;
    }
}
