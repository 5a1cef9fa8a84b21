using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>
/// A day's nutrition log as a client sends it (<c>PUT .../nutrition/{date}</c>; the date comes from the
/// route); see <see cref="ProfileInput"/> for why all is optional.
/// </summary>
public sealed record NutritionDayInput(
    double? CaloriesKcal,
    double? ProteinG,
    double? CarbsG,
    double? FatG,
    IReadOnlyList<MealInput?>? Meals)
{
    // Ultra-endurance days reach about 10,000 kcal (Knechtle et al. 2007); 15,000 leaves room and still
    // catches kilojoules typed as kilocalories (x 4.2).
    private const double MaxCaloriesKcal = 15_000;
    private const double MaxProteinG = 1000, MaxCarbsG = 2000, MaxFatG = 1000;
    private const int MaxMeals = 20;

    // Meals may leave snacks out, but their protein may not exceed the day's by more than rounding allows.
    private const double MealProteinToleranceFraction = 0.05, MealProteinToleranceG = 1;

    /// <param name="today">The athlete's local today (<see cref="LocalCalendar.Today"/>).</param>
    public Validated<NutritionDay> Validate(DateOnly date, DateOnly today)
    {
        var checks = new FieldChecks();
        if (!LoggedDates.IsPast(date, today))
        {
            checks.Add("date", $"date {LoggedDates.PastRule}");
        }

        var calories = checks.InRange(CaloriesKcal, "caloriesKcal", 0, MaxCaloriesKcal, "kcal", required: true);
        var protein = checks.InRange(ProteinG, "proteinG", 0, MaxProteinG, "g", required: true);
        var carbs = checks.InRange(CarbsG, "carbsG", 0, MaxCarbsG, "g", required: true);
        var fat = checks.InRange(FatG, "fatG", 0, MaxFatG, "g");
        var meals = ValidateMeals(checks, protein);

        if (checks.HasErrors)
        {
            return Validated<NutritionDay>.Failed(checks.Errors);
        }

        return Validated<NutritionDay>.Ok(new NutritionDay(date, calories!.Value, protein!.Value, carbs!.Value, fat, meals));
    }

    private List<Meal> ValidateMeals(FieldChecks checks, double? dayProtein)
    {
        var meals = ListChecks.Each(checks, Meals, "meals", MaxMeals, static (MealInput meal, FieldChecks c, string path) => meal.Validate(c, path));
        double mealProtein = 0;
        foreach (var meal in meals)
        {
            mealProtein += meal.ProteinG;
        }

        if (dayProtein is { } total && mealProtein > (total * (1 + MealProteinToleranceFraction)) + MealProteinToleranceG)
        {
            checks.Add("meals", $"meals add up to {mealProtein:0.#} g protein, more than the day's proteinG of {total:0.#} g.");
        }

        return meals;
    }
}
