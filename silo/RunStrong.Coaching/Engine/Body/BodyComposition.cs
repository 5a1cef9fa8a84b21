using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>The body-composition formulas of shared/COACHING.md (Derived figures), one per member.</summary>
public static class BodyComposition
{
    public static double DefaultBodyFatPercent(Sex sex) => sex == Sex.Male ? DefaultBodyFatMen : DefaultBodyFatWomen;

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

    public static double MedianFfmi(Sex sex) => sex == Sex.Male ? MedianFfmiMen : MedianFfmiWomen;

    /// <summary>Whether a normalised FFMI is beyond what drug-free athletes reach (Kouri et al. 1995).</summary>
    public static bool IsImplausible(Sex sex, double normalizedFfmi) =>
        normalizedFfmi > (sex == Sex.Male ? ImplausibleNormalizedFfmiMen : ImplausibleNormalizedFfmiWomen);

    /// <summary>The ACE chart category; each bound is the first value of its category.</summary>
    public static BodyFatCategory Category(Sex sex, double bodyFatPercent)
    {
        var (athletes, fitness, average, obese) = sex == Sex.Male
            ? (AceMenAthletes, AceMenFitness, AceMenAverage, AceMenObese)
            : (AceWomenAthletes, AceWomenFitness, AceWomenAverage, AceWomenObese);
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
