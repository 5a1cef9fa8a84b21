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

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "never";
}
