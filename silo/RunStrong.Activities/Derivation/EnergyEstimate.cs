namespace RunStrong.Activities.Derivation;

/// <summary>
/// Exercise energy when the file states none: METs x body mass (kg) x moving hours, since 1 MET is about
/// 1 kcal/kg/h. Runs use ACSM's running equation on their moving speed; other sports a Compendium value.
/// </summary>
internal static class EnergyEstimate
{
    /// <summary>Body mass when the athlete's is unknown: the 70 kg reference adult of ICRP Publication 23 and of MET tables.</summary>
    public const double DefaultWeightKg = 70;

    /// <summary>
    /// A run without distance (a treadmill without a foot pod): "running, general", code 12150, 8.0 MET
    /// (Ainsworth et al. 2011, Compendium of Physical Activities, MSSE 43:1575).
    /// </summary>
    public const double RunningGeneralMet = 8.0;

    /// <summary>
    /// A sport not listed: 4.5 MET, the middle of the moderate-intensity band of 3.0-5.9 MET (Garber et al. 2011,
    /// ACSM position stand, MSSE 43:1334).
    /// </summary>
    public const double UnknownSportMet = 4.5;

    /// <summary>Compendium 2011 values (Ainsworth et al. 2011) for the sports devices name, by FIT sport name.</summary>
    private static readonly Dictionary<string, double> CompendiumMets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cycling"] = 7.5, // 01015 bicycling, general
        ["walking"] = 3.5, // 17200 walking, 2.8-3.2 mph, level, moderate pace
        ["hiking"] = 6.0, // 17080 hiking, cross country
        ["swimming"] = 5.8, // 18310 swimming laps, freestyle, light or moderate effort
        ["training"] = 3.5, // 02054 resistance training, multiple exercises, 8-15 repetitions
    };

    public static double Kcal(string sport, ActivityLoggedAs loggedAs, double distanceM, double movingSeconds, double? weightKg)
    {
        var hours = Math.Max(0, movingSeconds) / 3600;
        var kilograms = weightKg is > 0 ? weightKg.Value : DefaultWeightKg;
        return Met(sport, loggedAs, distanceM, movingSeconds) * kilograms * hours;
    }

    /// <summary>
    /// ACSM's running equation: VO2 = 0.2 x speed (m/min) + 3.5 ml/kg/min on the level, and 1 MET = 3.5 ml/kg/min
    /// (ACSM's Guidelines for Exercise Testing and Prescription, 10th ed. 2018). 10 km/h gives 10.5 MET, close to the
    /// Compendium's 10.0 for 6 mph.
    /// </summary>
    private static double Met(string sport, ActivityLoggedAs loggedAs, double distanceM, double movingSeconds)
    {
        if (loggedAs == ActivityLoggedAs.Run)
        {
            return distanceM > 0 && movingSeconds > 0
                ? ((0.2 * distanceM / (movingSeconds / 60)) + 3.5) / 3.5
                : RunningGeneralMet;
        }

        return CompendiumMets.TryGetValue(sport, out var met) ? met : UnknownSportMet;
    }
}
