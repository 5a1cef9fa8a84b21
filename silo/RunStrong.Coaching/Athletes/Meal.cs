namespace RunStrong.Coaching.Athletes;

/// <summary>One meal of a day's nutrition log; protein is what the distribution rule needs, the rest is optional.</summary>
public sealed record Meal(TimeOnly? Time, double ProteinG, double? CarbsG, double? CaloriesKcal);
