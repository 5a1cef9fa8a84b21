namespace RunStrong.Activities.Derivation;

/// <summary>
/// What an activity is logged as, from its FIT sport and sub-sport names: running in any form is a run; a generic
/// activity (TCX "Other", FIT generic, an unnamed GPX type) is a run when its moving speed is a running speed; any
/// other sport, walking and hiking included, is cross-training.
/// </summary>
internal static class SportMapping
{
    /// <summary>
    /// A generic activity is a run between 7 and 20 km/h. ACSM's metabolic equations treat walking up to 100 m/min
    /// (6 km/h) and running from 134 m/min (8 km/h) (ACSM's Guidelines for Exercise Testing and Prescription, 10th
    /// ed. 2018); 7 km/h sits between. Above 20 km/h (3:00 min/km, faster than most club runners race 5 km) a
    /// generic activity is far more likely a ride.
    /// </summary>
    public const double MinGenericRunKmh = 7, MaxGenericRunKmh = 20;

    /// <summary>
    /// FIT sub-sports that only running uses, so they make a generic or fitness-equipment activity a run (a treadmill
    /// run recorded on a fitness-equipment profile). Trail, road and virtual activity are shared with other sports.
    /// </summary>
    private static readonly HashSet<string> RunningSubSports = new(StringComparer.OrdinalIgnoreCase)
    {
        "treadmill", "street", "track", "indoorRunning",
    };

    public static ActivityLoggedAs LoggedAs(string sport, string? subSport, double distanceM, double movingSeconds)
    {
        ArgumentNullException.ThrowIfNull(sport);
        if (sport.Equals("running", StringComparison.OrdinalIgnoreCase))
        {
            return ActivityLoggedAs.Run;
        }

        if (subSport is not null && RunningSubSports.Contains(subSport) && sport is "generic" or "fitnessEquipment")
        {
            return ActivityLoggedAs.Run;
        }

        if (sport.Equals("generic", StringComparison.OrdinalIgnoreCase) && movingSeconds > 0)
        {
            var kmh = distanceM / movingSeconds * 3.6;
            return kmh is >= MinGenericRunKmh and <= MaxGenericRunKmh ? ActivityLoggedAs.Run : ActivityLoggedAs.CrossTraining;
        }

        return ActivityLoggedAs.CrossTraining;
    }
}
