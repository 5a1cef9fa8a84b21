namespace RunStrong.Activities.Derivation;

/// <summary>
/// The thresholds kind detection uses, each with its source. Paces are compared with the run's own easy
/// reference (<see cref="EasyReferencePercentile"/>) rather than absolute paces, since RunStrong does not know an
/// athlete's threshold pace. docs/ACTIVITIES.md explains them.
/// </summary>
internal static class DetectionThresholds
{
    /// <summary>A run of 75 min or more (moving) is long: where COACHING.md's fuelling rules start (Thomas et al. 2016).</summary>
    public const double LongRunMinutes = 75;

    /// <summary>
    /// The run's easy reference speed: the 25th percentile of its smoothed moving speed (of its laps' speeds, for
    /// laps). Warm-up, cool-down and recovery jogs make up at least a quarter of any interval or tempo session, so
    /// this lands on easy running even when the hard part is most of the run; the median would not.
    /// </summary>
    public const double EasyReferencePercentile = 0.25;

    /// <summary>
    /// A work bout is at least 1.25 x the easy reference speed. Daniels' VDOT tables put threshold pace at about
    /// 1.25 x and interval pace at about 1.35 x the speed of easy pace for runners from VDOT 40 to 60 (Daniels,
    /// Daniels' Running Formula, 3rd ed. 2014); rolling hills move a steady run's pace by about ±15 %.
    /// </summary>
    public const double WorkSpeedRatio = 1.25;

    /// <summary>A work bout ends (a recovery begins) when speed falls back below 1.05 x the easy reference (hysteresis).</summary>
    public const double RecoverySpeedRatio = 1.05;

    /// <summary>
    /// Work bouts last 30 s to 10 min: Buchheit &amp; Laursen 2013 (Sports Med 43:313) class HIIT from short
    /// intervals (10-60 s, here from 30 s so strides of 15-25 s after an easy run stay easy) to long intervals of
    /// 2-6 min; longer sustained bouts are threshold (tempo) work.
    /// </summary>
    public const double MinWorkSeconds = 30, MaxWorkSeconds = 600;

    /// <summary>At least 3 work bouts separated by recoveries make an interval session (the fewest of the 3-6 repeats in COACHING.md's plan).</summary>
    public const int MinRepeats = 3;

    /// <summary>
    /// Speed is the median over 25 s (5 bins of 5 s): GPS noise on 1-s points averages out, a GPS jump (one or two
    /// bins) is ignored, and it stays shorter than the shortest work bout.
    /// </summary>
    public const double SmoothingSeconds = 25;

    /// <summary>
    /// Slower than half the run's easy speed, and at least slower than 1 m/s (3.6 km/h, below a slow walk of about
    /// 1.3 m/s), is standing still: a phone's GPS jitter while standing reads up to about 1.5 m/s, which the
    /// recording's own moving rule (0.5 m/s) lets through. A walking recovery of a minute or more is therefore a
    /// standing one here, which ends a work bout just the same.
    /// </summary>
    public const double StopSpeedMps = 1.0, StopSpeedFraction = 0.5;

    /// <summary>A stop (no movement) shorter than this is a traffic light and neither ends nor counts in a bout; a longer one is a standing recovery.</summary>
    public const double MaxTransientStopSeconds = 60;

    /// <summary>
    /// A tempo run holds threshold effort continuously for at least 20 min: Daniels' steady tempo run is 20 min at
    /// threshold pace; a 15-min bar would count more fast finishes to easy runs as tempo, and 20 keeps them easy.
    /// </summary>
    public const double TempoMinMinutes = 20;

    /// <summary>A tempo block starts at 1.15 x the easy reference speed and holds on average at least that (Daniels' threshold ≈ 1.25 x easy, with margin).</summary>
    public const double TempoSpeedRatio = 1.15;

    /// <summary>A tempo block continues while speed stays above 1.08 x the easy reference (hysteresis for turns and hills).</summary>
    public const double TempoHoldSpeedRatio = 1.08;

    /// <summary>
    /// With a known maximum heart rate, 85 % of it starts a threshold block: Seiler's three-zone model puts the
    /// second ventilatory threshold near 87 % and the first near 82 % of HRmax (Seiler 2010, IJSPP 5:276).
    /// </summary>
    public const double TempoHeartRateFraction = 0.85;

    /// <summary>The block continues while heart rate stays above 82 % of HRmax (Seiler's first threshold).</summary>
    public const double TempoHoldHeartRateFraction = 0.82;
}
