namespace RunStrong.Web.Models;

/// <summary>The API's codes in the words the pages show.</summary>
public static class Words
{
    public static string Lever(string code) => code switch
    {
        "leanMassLoss" => "losing lean mass",
        "rapidWeightLoss" => "losing weight fast",
        "energyAvailability" => "low energy availability",
        "protein" => "protein short",
        "legStrength" => "too little leg strength work",
        _ => code,
    };

    public static string Risk(string? risk) => risk switch
    {
        "high" => "High risk",
        "moderate" => "Moderate risk",
        "low" => "Low risk",
        _ => "Not known yet",
    };

    public static string RiskClass(string? risk) => risk is "high" or "moderate" or "low" ? $"risk-{risk}" : "risk-unknown";

    public static string UnknownLever(string code) => code switch
    {
        "protein" => "protein (log food on 4 of 7 days)",
        "energyAvailability" => "energy availability (log food on 4 of 7 days)",
        "legStrength" => "leg strength (no strength session logged)",
        _ => Lever(code),
    };

    public static string SessionKind(string kind) => kind switch
    {
        "easyRun" => "Easy run",
        "longRun" => "Long run",
        "tempoRun" => "Tempo run",
        "intervalRun" => "Intervals",
        "legStrength" => "Leg strength",
        "crossTraining" => "Cross-training",
        _ => kind,
    };

    public static string ProfileField(string field) => field switch
    {
        "sex" => "sex",
        "birthYear" => "birth year",
        "heightCm" => "height",
        "weightKg" => "weight",
        _ => field,
    };

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "never";
}
