using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Engine.Nutrition;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Engine.Rules;
using RunStrong.Coaching.Engine.Training;

namespace RunStrong.Coaching.Engine;

/// <summary>
/// The coaching engine (docs/COACHING.md): a pure function of the athlete's data and an as-of date. No
/// clock, no I/O: the same inputs always give the same report. Entries dated after <c>asOf</c> are ignored.
/// </summary>
public static class CoachingEngine
{
    public static CoachingReport Evaluate(AthleteData athlete, DateOnly asOf) => Evaluate(athlete, asOf, asOf.AddDays(1));

    /// <summary>The report as of <paramref name="asOf"/> with its plan for the 7 days from <paramref name="planFrom"/> (at most a week back).</summary>
    private static CoachingReport Evaluate(AthleteData athlete, DateOnly asOf, DateOnly planFrom)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        var profile = athlete.Profile;
        var measurements = MeasurementReview.Of(profile, athlete.Measurements, asOf);
        var body = BodyBaseline.Of(profile.Sex, asOf.Year - profile.BirthYear, profile.HeightCm, measurements.BodyMassKg, measurements.BodyFatPercent, measurements.BodyFatMethod);
        using var days = TrainingDays.Collect(athlete, asOf);
        var context = new CoachingContext(
            athlete, asOf, measurements, body, days, NutritionWeek.Of(athlete.Nutrition, days, body, asOf), TrainingWeek.Of(days, body.BodyMassKg, asOf));
        var retention = MuscleRetention.Assess(context);
        var plan = WeekPlanner.Plan(context, planFrom);

        // Rules run in catalogue order; the stable sort below then only has to order by severity.
        var recommendations = new List<Recommendation>(12);
        NutritionRules.Evaluate(context, plan, recommendations);
        BodyRules.ReferDietitian(context, retention, recommendations);
        StrengthRules.Evaluate(context, recommendations);
        RunningRules.Evaluate(context, recommendations);
        BodyRules.MuscleLossRisk(context, retention, recommendations);
        BodyRules.MeasurementImplausible(context, recommendations);
        MostSevereFirst(recommendations);

        var training = context.Training;
        var targets = FuelPlanner.ForDay(body, context.InDeficit, training.MeanDailyTrainingHours, training.MeanExerciseEnergyKcal);
        return new CoachingReport(
            asOf, retention.Risk, retention.Levers, body, targets, context.Nutrition, training, measurements.Trend, recommendations, plan, RuleCatalogue.Version, retention.Unknown, ReportNotes.For(body));
    }

    /// <summary>
    /// The body baseline alone (latest plausible measurement, else the profile), for views that need per-kg
    /// figures without a full evaluation.
    /// </summary>
    public static BodyBaseline BodyOf(AthleteData athlete, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        var measurements = MeasurementReview.Of(athlete.Profile, athlete.Measurements, asOf);
        return BodyBaseline.Of(athlete.Profile.Sex, asOf.Year - athlete.Profile.BirthYear, athlete.Profile.HeightCm, measurements.BodyMassKg, measurements.BodyFatPercent, measurements.BodyFatMethod);
    }

    /// <summary>
    /// The plan for the 7 days starting on <paramref name="weekOf"/>, from what is logged up to <paramref name="today"/>:
    /// the week that holds today shows its lived days as done and plans the rest; a week ahead is planned as of today;
    /// a past week as it was the day before it began. No plan ever rests on days that have not happened.
    /// </summary>
    public static WeekPlan PlanWeek(AthleteData athlete, DateOnly weekOf, DateOnly today)
    {
        var asOf = weekOf.AddDays(6) < today ? weekOf.AddDays(-1) : today;
        return Evaluate(athlete, asOf, weekOf).Plan;
    }

    /// <summary>Stable insertion sort by descending severity (a handful of items; List.Sort is not stable).</summary>
    private static void MostSevereFirst(List<Recommendation> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var at = i;
            while (at > 0 && items[at - 1].Severity < item.Severity)
            {
                items[at] = items[at - 1];
                at--;
            }

            items[at] = item;
        }
    }
}
