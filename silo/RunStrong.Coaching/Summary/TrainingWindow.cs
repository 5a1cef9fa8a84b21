using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Summary;

/// <summary>Training totals over the <see cref="Days"/> days that end on (and include) the as-of date.</summary>
public sealed record TrainingWindow(int Days, int Runs, double DistanceKm, double DurationMin, int HardSessions, int LongRuns)
{
    public static TrainingWindow Of(IEnumerable<Run> runs, DateOnly asOf, int days)
    {
        var first = asOf.AddDays(1 - days);
        int count = 0, hard = 0, longRuns = 0;
        double km = 0, minutes = 0;
        foreach (var run in runs)
        {
            var day = run.Day;
            if (day < first || day > asOf)
            {
                continue;
            }

            count++;
            km += run.DistanceKm;
            minutes += run.DurationMin;
            hard += run.Kind.IsHard() ? 1 : 0;
            longRuns += run.Kind == RunKind.Long ? 1 : 0;
        }

        return new TrainingWindow(days, count, Math.Round(km, 2), Math.Round(minutes, 1), hard, longRuns);
    }
}
