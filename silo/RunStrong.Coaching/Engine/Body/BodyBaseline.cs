using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// The athlete's body as of the evaluation date. When no plausible body-fat figure exists the sex default
/// is used and <see cref="BodyFatAssumed"/> says so, since FFM and everything per kg FFM then rest on it.
/// </summary>
public sealed record BodyBaseline(
    double BodyMassKg,
    double HeightCm,
    double Bmi,
    double BodyFatPercent,
    bool BodyFatAssumed,
    BodyFatMethod? BodyFatMethod,
    double FfmKg,
    double Ffmi,
    double NormalizedFfmi,
    double MedianFfmi,
    double FfmiVsMedian,
    FfmiPlacement Placement,
    BodyFatCategory BodyFatCategory)
{
    public static BodyBaseline Of(Sex sex, double heightCm, double bodyMassKg, double? bodyFatPercent, BodyFatMethod? method)
    {
        var assumed = bodyFatPercent is null;
        var bodyFat = bodyFatPercent ?? BodyComposition.DefaultBodyFatPercent(sex);
        var ffm = BodyComposition.FatFreeMassKg(bodyMassKg, bodyFat);
        var ffmi = BodyComposition.Ffmi(ffm, heightCm);
        var median = BodyComposition.MedianFfmi(sex);

        // Schutz et al. 2002 report raw FFMI, so the athlete is placed on raw FFMI too.
        return new BodyBaseline(
            bodyMassKg,
            heightCm,
            BodyComposition.Bmi(bodyMassKg, heightCm),
            bodyFat,
            assumed,
            assumed ? null : method,
            ffm,
            ffmi,
            BodyComposition.NormalizedFfmi(ffmi, heightCm),
            median,
            ffmi - median,
            ffmi >= median ? FfmiPlacement.AtOrAboveMedian : FfmiPlacement.BelowMedian,
            BodyComposition.Category(sex, bodyFat));
    }
}
