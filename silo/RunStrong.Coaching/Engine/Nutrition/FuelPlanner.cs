using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Engine.Training;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Nutrition;

/// <summary>
/// Daily fuel targets. Protein: 1.6 g/kg, or 2.3 g/kg FFM when that is more and the athlete is in a deficit.
/// Carbohydrate: the middle of the band for the day's training hours. Energy: 45 kcal/kg FFM (optimal energy
/// availability) plus the day's exercise energy, so that eating to target never leaves energy availability low.
/// </summary>
internal static class FuelPlanner
{
    public static double ProteinG(BodyBaseline body, bool inDeficit)
    {
        var target = ProteinTargetGPerKg * body.BodyMassKg;
        return Figures.Round(inDeficit ? Math.Max(target, DeficitProteinLowGPerKgFfm * body.FfmKg) : target);
    }

    public static FuelTargets ForDay(BodyBaseline body, bool inDeficit, double trainingHours, double exerciseKcal)
    {
        var band = CarbohydrateBands.ForHours(trainingHours);
        return new FuelTargets(
            ProteinG(body, inDeficit),
            Figures.Round(CarbohydrateBands.TargetGramsPerKg(band) * body.BodyMassKg),
            Figures.Round((OptimalEnergyAvailability * body.FfmKg) + exerciseKcal),
            band);
    }
}
