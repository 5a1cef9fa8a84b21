using RunStrong.Activities.Derivation;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Activities.Logging;

/// <summary>What derivation may know about an athlete, from what they logged.</summary>
public static class ActivityAthlete
{
    /// <summary>
    /// Body mass (the latest weigh-in, else the profile's) and an age-predicted maximum heart rate,
    /// HRmax = 208 - 0.7 x age (Tanaka, Monahan &amp; Seals 2001, J Am Coll Cardiol 37:153-156: the meta-analysis that
    /// replaced 220 - age, whose error grows with age). Unknown without a profile.
    /// </summary>
    public static AthleteContext ContextOf(AthleteProfile? profile, double? latestWeightKg, int currentYear)
    {
        if (profile is null)
        {
            return latestWeightKg is { } kg ? new AthleteContext(kg, null) : AthleteContext.Unknown;
        }

        var age = Math.Clamp(currentYear - profile.BirthYear, 10, 100);
        return new AthleteContext(latestWeightKg ?? profile.WeightKg, (int)Math.Round(208 - (0.7 * age)));
    }
}
