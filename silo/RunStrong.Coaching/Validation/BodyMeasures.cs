using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>
/// The one check of body mass and body fat, for profiles and measurements alike. The bounds are wide
/// enough for every real adult runner and narrow enough to catch unit mistakes (pounds for kilograms).
/// </summary>
internal static class BodyMeasures
{
    private const double MinWeightKg = 25, MaxWeightKg = 300;
    private const double MinBodyFatPercent = 2, MaxBodyFatPercent = 70;

    public static (double? WeightKg, double? BodyFatPercent, BodyFatMethod? Method) Check(
        FieldChecks checks, double? weightKg, double? bodyFatPercent, string? bodyFatMethod, bool weightRequired = true)
    {
        var weight = checks.InRange(weightKg, "weightKg", MinWeightKg, MaxWeightKg, "kg", required: weightRequired);
        var bodyFat = checks.InRange(bodyFatPercent, "bodyFatPercent", MinBodyFatPercent, MaxBodyFatPercent, "%");
        var method = checks.OneOf<BodyFatMethod>(bodyFatMethod, "bodyFatMethod");
        if (bodyFatMethod is not null && bodyFatPercent is null)
        {
            checks.Add("bodyFatMethod", "bodyFatMethod is only meaningful with bodyFatPercent.");
        }

        return (weight, bodyFat, method);
    }
}
