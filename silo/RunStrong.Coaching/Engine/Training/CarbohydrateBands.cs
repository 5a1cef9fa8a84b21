using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>Which band a number of daily training hours falls in, and the band's range in g/kg/day.</summary>
public static class CarbohydrateBands
{
    /// <summary>
    /// "~1 h" is read as 45-75 min, "1-3 h" as anything from 75 min up to the "> 4 h" band, so the bands
    /// meet without gaps (docs/COACHING.md).
    /// </summary>
    public static CarbohydrateBand ForHours(double dailyHours) => dailyHours switch
    {
        < ModerateBandFromHours => CarbohydrateBand.Light,
        < HighBandFromHours => CarbohydrateBand.Moderate,
        < VeryHighBandFromHours => CarbohydrateBand.High,
        _ => CarbohydrateBand.VeryHigh,
    };

    public static (double Low, double High) GramsPerKg(CarbohydrateBand band) => band switch
    {
        CarbohydrateBand.Light => (LightCarbsLow, LightCarbsHigh),
        CarbohydrateBand.Moderate => (ModerateCarbsLow, ModerateCarbsHigh),
        CarbohydrateBand.High => (HighCarbsLow, HighCarbsHigh),
        _ => (VeryHighCarbsLow, VeryHighCarbsHigh),
    };

    /// <summary>The middle of the band, the day's target when periodising by planned training.</summary>
    public static double TargetGramsPerKg(CarbohydrateBand band)
    {
        var (low, high) = GramsPerKg(band);
        return (low + high) / 2;
    }
}
