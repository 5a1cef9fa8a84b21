using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Engine.Nutrition;
using RunStrong.Coaching.Log;

namespace RunStrong.Coaching.Summary;

/// <summary>
/// Training and eating over the <see cref="Days"/> days that end on (and include) the as-of date, days being
/// the athlete's local calendar days (a run counts on the date it started where they live). Nutrition
/// figures are means over the days with a log (a missing day is unknown, not a day of fasting) and are null
/// when no day in the window has one; per-kg figures use the body baseline the coaching engine uses.
/// Cross-training (cycling, swimming...) has its own count and minutes and counts in energy availability's exercise
/// energy; <see cref="Runs"/>, <see cref="DistanceKm"/> and <see cref="DurationMin"/> are running only.
/// </summary>
public sealed record TrainingWindow(
    int Days,
    int Runs,
    double DistanceKm,
    double DurationMin,
    int HardSessions,
    int LongRuns,
    int StrengthSessions,
    int LegSessions,
    int NutritionDaysLogged,
    double? ProteinGPerKg,
    double? CarbsGPerKg,
    double? EnergyAvailability,
    int CrossTrainingSessions = 0,
    double CrossTrainingMin = 0)
{
    public static TrainingWindow Of(AthleteLog log, BodyBaseline? body, DateOnly asOf, int days, LocalCalendar calendar)
    {
        var first = asOf.AddDays(1 - days);
        bool InWindow(DateOnly day) => day >= first && day <= asOf;

        int runs = 0, hard = 0, longRuns = 0, strength = 0, leg = 0;
        double km = 0, minutes = 0;
        foreach (var run in log.Runs.Where(r => InWindow(calendar.DayOf(r.StartedAt))))
        {
            runs++;
            km += run.DistanceKm;
            minutes += run.DurationMin;
            hard += run.Kind.IsHard() ? 1 : 0;
            longRuns += run.Kind == RunKind.Long ? 1 : 0;
        }

        foreach (var session in log.StrengthSessions.Where(s => InWindow(calendar.DayOf(s.StartedAt))))
        {
            strength++;
            leg += session.LoadsLegs ? 1 : 0;
        }

        int crossTraining = 0;
        double crossMinutes = 0;
        foreach (var session in log.CrossTraining.Where(s => InWindow(calendar.DayOf(s.StartedAt))))
        {
            crossTraining++;
            crossMinutes += session.DurationMin;
        }

        var eaten = log.Nutrition.Where(n => InWindow(n.Date)).ToList();
        var (protein, carbs, availability) = body is null || eaten.Count == 0 ? (null, null, null) : NutritionMeans(log, eaten, body, calendar);
        return new TrainingWindow(
            days, runs, Math.Round(km, 2), Math.Round(minutes, 1), hard, longRuns, strength, leg, eaten.Count, protein, carbs, availability, crossTraining, Math.Round(crossMinutes, 1));
    }

    private static (double?, double?, double?) NutritionMeans(AthleteLog log, List<NutritionDay> eaten, BodyBaseline body, LocalCalendar calendar)
    {
        double protein = 0, carbs = 0, availability = 0;
        foreach (var day in eaten)
        {
            var runKm = log.Runs.Where(r => calendar.DayOf(r.StartedAt) == day.Date).Sum(r => r.DistanceKm);
            var strengthMin = log.StrengthSessions.Where(s => calendar.DayOf(s.StartedAt) == day.Date).Sum(s => s.DurationMin);
            var crossKcal = log.CrossTraining.Where(s => calendar.DayOf(s.StartedAt) == day.Date).Sum(s => s.EnergyKcal);
            protein += day.ProteinG / body.BodyMassKg;
            carbs += day.CarbsG / body.BodyMassKg;
            availability += (day.CaloriesKcal - NutritionWeek.ExerciseKcal(body.BodyMassKg, runKm, strengthMin, crossKcal)) / body.FfmKg;
        }

        return (Math.Round(protein / eaten.Count, 2), Math.Round(carbs / eaten.Count, 2), Math.Round(availability / eaten.Count, 1));
    }
}
