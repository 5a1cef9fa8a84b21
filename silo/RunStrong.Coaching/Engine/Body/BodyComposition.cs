using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>The body-composition formulas of the rule catalogue (docs/COACHING.md, Derived figures), one per member.</summary>
public static class BodyComposition
{
    /// <summary>
    /// Body fat estimated from BMI, age and sex (Deurenberg, Weststrate &amp; Seidell 1991), for when none is measured:
    /// BF% = 1.2 x BMI + 0.23 x age - 10.8 x sex - 5.4, sex 1 for men; ages outside the adult range read at its bounds.
    /// Sex other or unspecified reads sex as 0.5, half the male offset (the midpoint of the female and male estimates).
    /// </summary>
    public static double EstimatedBodyFatPercent(Sex sex, int age, double bodyMassKg, double heightCm)
    {
        var adultAge = Math.Clamp(age, EstimateMinAge, EstimateMaxAge);
        var estimate = (EstimateBmiFactor * Bmi(bodyMassKg, heightCm)) + (EstimateAgeFactor * adultAge)
            - SexReferences.Pick(sex, 0, EstimateMaleOffset) - EstimateConstant;
        return Math.Clamp(estimate, EstimateMinBodyFat, EstimateMaxBodyFat);
    }

    /// <summary>FFM = BM x (1 - BF/100).</summary>
    public static double FatFreeMassKg(double bodyMassKg, double bodyFatPercent) => bodyMassKg * (1 - (bodyFatPercent / 100));

    /// <summary>FFMI = FFM / h^2, h in metres.</summary>
    public static double Ffmi(double fatFreeMassKg, double heightCm)
    {
        var metres = heightCm / 100;
        return fatFreeMassKg / (metres * metres);
    }

    /// <summary>Normalised FFMI = FFMI + 6.3 x (1.80 - h) (Kouri et al. 1995).</summary>
    public static double NormalizedFfmi(double ffmi, double heightCm) =>
        ffmi + (FfmiNormalisationSlope * (FfmiReferenceHeightM - (heightCm / 100)));

    public static double NormalizedFfmi(double bodyMassKg, double bodyFatPercent, double heightCm) =>
        NormalizedFfmi(Ffmi(FatFreeMassKg(bodyMassKg, bodyFatPercent), heightCm), heightCm);

    /// <summary>BMI = BM / h^2, h in metres.</summary>
    public static double Bmi(double bodyMassKg, double heightCm) => Ffmi(bodyMassKg, heightCm);

    /// <summary>The median FFMI of the athlete's sex (Schutz et al. 2002); other/unspecified: the midpoint, 17.15.</summary>
    public static double MedianFfmi(Sex sex) => SexReferences.Pick(sex, MedianFfmiWomen, MedianFfmiMen);

    /// <summary>The normalised FFMI beyond which drug-free athletes are not seen (Kouri et al. 1995); other/unspecified: the midpoint, 23.5.</summary>
    public static double ImplausibleNormalizedFfmi(Sex sex) => SexReferences.Pick(sex, ImplausibleNormalizedFfmiWomen, ImplausibleNormalizedFfmiMen);

    /// <summary>Whether a normalised FFMI is beyond what drug-free athletes reach (Kouri et al. 1995).</summary>
    public static bool IsImplausible(Sex sex, double normalizedFfmi) =>
        normalizedFfmi > ImplausibleNormalizedFfmi(sex);

    /// <summary>
    /// The ACE chart category; each bound is the first value of its category. Other/unspecified: each bound is the
    /// midpoint of the women's and men's (10, 17.5, 21.5, 28.5 %).
    /// </summary>
    public static BodyFatCategory Category(Sex sex, double bodyFatPercent)
    {
        var athletes = SexReferences.Pick(sex, AceWomenAthletes, AceMenAthletes);
        var fitness = SexReferences.Pick(sex, AceWomenFitness, AceMenFitness);
        var average = SexReferences.Pick(sex, AceWomenAverage, AceMenAverage);
        var obese = SexReferences.Pick(sex, AceWomenObese, AceMenObese);
        return bodyFatPercent switch
        {
            _ when bodyFatPercent < athletes => BodyFatCategory.Essential,
            _ when bodyFatPercent < fitness => BodyFatCategory.Athletes,
            _ when bodyFatPercent < average => BodyFatCategory.Fitness,
            _ when bodyFatPercent < obese => BodyFatCategory.Average,
            _ => BodyFatCategory.Obese,
        };
    }
}
