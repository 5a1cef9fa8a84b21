using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>
/// Fitness (42-day EWMA of daily session-RPE load), fatigue (7-day EWMA) and form (fitness - fatigue), plus
/// the 7:28-day EWMA ratio, which is null until 28 days of training exist. Each EWMA uses 2/(N+1).
/// <see cref="History"/> holds the three curves for the last <see cref="CoachingThresholds.FitnessDays"/> days,
/// oldest first and ending on the as-of day, so a chart shows how form got where it is.
/// </summary>
public sealed record TrainingLoad(double Fitness, double Fatigue, double Form, double? AcuteChronicRatio, IReadOnlyList<DailyLoad> History)
{
    internal static TrainingLoad Of(ReadOnlySpan<double> dailyLoad, int oldestActivity, DateOnly asOf)
    {
        var history = new List<DailyLoad>(FitnessDays);
        const double fitnessWeight = 2.0 / (FitnessDays + 1);
        const double fatigueWeight = 2.0 / (FatigueDays + 1);
        const double chronicWeight = 2.0 / (ChronicDays + 1);
        double fitness = 0, fatigue = 0, chronic = 0;
        for (var i = dailyLoad.Length - 1; i >= 0; i--)
        {
            var load = dailyLoad[i];
            fitness += fitnessWeight * (load - fitness);
            fatigue += fatigueWeight * (load - fatigue);
            chronic += chronicWeight * (load - chronic);
            if (i < FitnessDays)
            {
                history.Add(new DailyLoad(asOf.AddDays(-i), Math.Round(fitness, 1), Math.Round(fatigue, 1), Math.Round(fitness - fatigue, 1)));
            }
        }

        double? ratio = oldestActivity >= ChronicDays - 1 && chronic > 0 ? fatigue / chronic : null;
        return new TrainingLoad(fitness, fatigue, fitness - fatigue, ratio, history);
    }

    /// <summary>Equal figures and equal days: the report is a value, so two evaluations of the same log compare equal.</summary>
    public bool Equals(TrainingLoad? other) =>
        other is not null && Fitness.Equals(other.Fitness) && Fatigue.Equals(other.Fatigue) && Form.Equals(other.Form)
        && Nullable.Equals(AcuteChronicRatio, other.AcuteChronicRatio) && History.SequenceEqual(other.History);

    public override int GetHashCode() => HashCode.Combine(Fitness, Fatigue, Form, AcuteChronicRatio, History.Count);
}
