using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// The athlete's body as of the evaluation date. When no plausible body-fat figure exists it is estimated from
/// BMI, age and sex (Deurenberg et al. 1991) and <see cref="BodyFatAssumed"/> says so, since FFM and everything
/// per kg FFM then rest on the estimate. <see cref="SexReference"/> says which sex's reference values the estimate,
/// the FFMI median and the body-fat category come from (the midpoint of both for sex other or unspecified).
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
    BodyFatCategory BodyFatCategory,
    SexReference SexReference)
{
    public static BodyBaseline Of(Sex sex, int age, double heightCm, double bodyMassKg, double? bodyFatPercent, BodyFatMethod? method)
    {
        var assumed = bodyFatPercent is null;
        var bodyFat = bodyFatPercent ?? BodyComposition.EstimatedBodyFatPercent(sex, age, bodyMassKg, heightCm);
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
            BodyComposition.Category(sex, bodyFat),
            SexReferences.Of(sex));
    }
}
