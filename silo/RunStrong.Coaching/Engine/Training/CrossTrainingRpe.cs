using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>
/// The session RPE (Foster's CR-10) a cross-training session is loaded at, since activity files carry no RPE: from its
/// average heart rate as a share of the age-predicted maximum (Tanaka, Monahan &amp; Seals 2001) in ACSM's intensity
/// categories (Garber et al. 2011), each read as the CR-10 word that names it; moderate when no heart rate is known.
/// </summary>
public static class CrossTrainingRpe
{
    /// <summary>Age-predicted maximal heart rate, beats/min (Tanaka, Monahan &amp; Seals 2001).</summary>
    public static double MaxHeartRate(int age) => HrMaxIntercept - (HrMaxPerYearOfAge * age);

    /// <summary>The CR-10 rating for a session averaging <paramref name="avgHeartRate"/> at <paramref name="age"/>; the default without one.</summary>
    public static int Of(int? avgHeartRate, int age)
    {
        if (avgHeartRate is not > 0)
        {
            return DefaultRpeCrossTraining;
        }

        var percent = 100.0 * avgHeartRate.Value / MaxHeartRate(age);
        return percent switch
        {
            < ModerateFromPercentHrMax => CrossTrainingRpeLight,
            < VigorousFromPercentHrMax => CrossTrainingRpeModerate,
            < NearMaximalFromPercentHrMax => CrossTrainingRpeVigorous,
            _ => CrossTrainingRpeNearMaximal,
        };
    }

    /// <summary>Foster's session-RPE load of the session, RPE x minutes, as for runs and strength.</summary>
    public static double Load(CrossTrainingSession session, int age)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Of(session.AvgHeartRate, age) * session.DurationMin;
    }
}
