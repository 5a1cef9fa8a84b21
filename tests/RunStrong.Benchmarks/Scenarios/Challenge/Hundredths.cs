using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// Scores on the wire are decimals with two places (km); the harness keeps them as whole hundredths so its
/// sums are exact and compares them with the platform's without rounding.
/// </summary>
public static class Hundredths
{
    /// <summary>The score in hundredths, or null when it has more than two decimal places (never expected).</summary>
    public static long? Of(decimal score) =>
        decimal.Round(score, 2) == score ? (long)(score * 100m) : null;

    public static string Format(long hundredths) => (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
