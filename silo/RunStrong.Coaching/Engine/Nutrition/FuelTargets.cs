using RunStrong.Coaching.Engine.Training;

namespace RunStrong.Coaching.Engine.Nutrition;

/// <summary>One day's fuel: protein and carbohydrate in grams, energy in kcal, and the carbohydrate band used.</summary>
public sealed record FuelTargets(double ProteinG, double CarbsG, double EnergyKcal, CarbohydrateBand CarbBand);
