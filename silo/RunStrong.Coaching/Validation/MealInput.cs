using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>One meal of a nutrition log as a client sends it; validated by <see cref="NutritionDayInput"/>.</summary>
public sealed record MealInput(TimeOnly? Time, double? ProteinG, double? CarbsG, double? CaloriesKcal)
{
    // A single meal above these is a typing slip (a day's total entered as a meal, or a unit mistake).
    private const double MaxProteinG = 500, MaxCarbsG = 1000, MaxCaloriesKcal = 10_000;

    internal Meal? Validate(FieldChecks checks, string path)
    {
        var before = checks.Errors.Count;
        var protein = checks.InRange(ProteinG, $"{path}.proteinG", 0, MaxProteinG, "g", required: true);
        var carbs = checks.InRange(CarbsG, $"{path}.carbsG", 0, MaxCarbsG, "g");
        var calories = checks.InRange(CaloriesKcal, $"{path}.caloriesKcal", 0, MaxCaloriesKcal, "kcal");
        return checks.Errors.Count > before ? null : new Meal(Time, protein!.Value, carbs, calories);
    }
}
