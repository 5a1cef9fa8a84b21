namespace RunStrong.Coaching.Athletes;

/// <summary>One day's nutrition log (one per date; a repeat replaces it). Meals are optional detail.</summary>
public sealed record NutritionDay(
    DateOnly Date,
    double CaloriesKcal,
    double ProteinG,
    double CarbsG,
    double? FatG,
    IReadOnlyList<Meal> Meals);
