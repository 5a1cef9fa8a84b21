namespace RunStrong.Web.Models;

/// <summary>
/// The four levers the coaching balances, and which lever each public rule code speaks to (docs/COACHING.md,
/// "What each rule says"), so the athlete page can group today's recommendations by lever.
/// </summary>
public static class Levers
{
    public const string Body = "Body and muscle";
    public const string Running = "Running";
    public const string Strength = "Leg strength";
    public const string Nutrition = "Nutrition";

    public static IReadOnlyList<string> InOrder { get; } = [Body, Running, Strength, Nutrition];

    public static string Of(string code) => code switch
    {
        "MUSCLE_LOSS_RISK" or "MEASUREMENT_IMPLAUSIBLE" => Body,
        "HIIT_SUGGESTED" or "HIIT_NOT_READY" or "HIIT_TOO_FREQUENT" or "INTENSITY_DISTRIBUTION" or "LOAD_SPIKE" or "ACUTE_CHRONIC_HIGH" or "NOVICE_START" => Running,
        _ when code.StartsWith("STRENGTH_", StringComparison.Ordinal) => Strength,
        _ => Nutrition,
    };
}
