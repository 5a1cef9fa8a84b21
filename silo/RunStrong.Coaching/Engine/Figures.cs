namespace RunStrong.Coaching.Engine;

/// <summary>
/// Rounding for the figures a recommendation carries. Messages format numbers half away from zero ("0.0"
/// format strings do), so <c>actual</c> and <c>target</c> round the same way: 102.5 g is 103 in both, never 102.
/// </summary>
public static class Figures
{
    public static double Round(double value, int digits = 0) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
