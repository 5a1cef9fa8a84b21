using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Engine.Training;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Nutrition;

/// <summary>
/// The last 7 days of nutrition. Means are over logged days only (an unlogged day is unknown, not zero);
/// energy availability pairs each logged day's intake with that day's exercise energy.
/// </summary>
public sealed record NutritionWeek(
    int LoggedDays,
    int MealLoggedDays,
    int DaysShortOfProteinMeals,
    double? ProteinMealsPerDay,
    double? ProteinG,
    double? ProteinGPerKg,
    double? CarbsG,
    double? CarbsGPerKg,
    double? EnergyKcal,
    double? EnergyAvailability)
{
    /// <summary>Enough days logged for nutrition rules to act (otherwise LOGGING_INSUFFICIENT).</summary>
    public bool IsSufficient => LoggedDays >= MinLoggedNutritionDays;

    /// <summary>
    /// Exercise energy of one day: 1.0 kcal x kg x km running, 5 kcal/min strength, and the cross-training sessions' own
    /// energy (the activity files' figures, which are usually gross of resting energy: energy availability then errs low,
    /// the cautious side).
    /// </summary>
    internal static double ExerciseKcal(double bodyMassKg, double runKm, double strengthMin, double crossTrainingKcal) =>
        (RunningKcalPerKgKm * bodyMassKg * runKm) + (StrengthKcalPerMin * strengthMin) + crossTrainingKcal;

    internal static NutritionWeek Of(IReadOnlyList<NutritionDay> log, TrainingDays days, BodyBaseline body, DateOnly asOf)
    {
        // One log per date; should a list hold two, the later entry replaces the earlier, as the API does.
        Span<int> slot = stackalloc int[WeekDays];
        slot.Fill(-1);
        for (var i = 0; i < log.Count; i++)
        {
            var index = asOf.DayNumber - log[i].Date.DayNumber;
            if (index is >= 0 and < WeekDays)
            {
                slot[index] = i;
            }
        }

        var mass = body.BodyMassKg;
        var mealMinimum = ProteinMealMinGPerKg * mass;
        int logged = 0, mealDays = 0, shortDays = 0, goodMeals = 0;
        double protein = 0, carbs = 0, energy = 0, availability = 0;
        for (var index = 0; index < WeekDays; index++)
        {
            if (slot[index] < 0)
            {
                continue;
            }

            var day = log[slot[index]];
            logged++;
            protein += day.ProteinG;
            carbs += day.CarbsG;
            energy += day.CaloriesKcal;
            availability += (day.CaloriesKcal - ExerciseKcal(mass, days.RunKm[index], days.StrengthMin[index], days.CrossTrainingKcal[index])) / body.FfmKg;
            if (day.Meals.Count == 0)
            {
                continue;
            }

            var good = 0;
            foreach (var meal in day.Meals)
            {
                good += meal.ProteinG >= mealMinimum ? 1 : 0;
            }

            mealDays++;
            goodMeals += good;
            shortDays += good < CoachingThresholds.ProteinMealsPerDay ? 1 : 0;
        }

        if (logged == 0)
        {
            return new NutritionWeek(0, 0, 0, null, null, null, null, null, null, null);
        }

        return new NutritionWeek(
            logged,
            mealDays,
            shortDays,
            mealDays > 0 ? (double)goodMeals / mealDays : null,
            protein / logged,
            protein / logged / mass,
            carbs / logged,
            carbs / logged / mass,
            energy / logged,
            availability / logged);
    }
}
