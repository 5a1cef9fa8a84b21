using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Derivation;

/// <summary>
/// Work bouts read from laps: blocks of work laps separated by easier laps. A structured workout marks its laps
/// (interval or active work, recovery or rest between; warm-up and cool-down count as neither); otherwise a work lap
/// is one at <see cref="DetectionThresholds.WorkSpeedRatio"/> x the laps' easy reference speed or faster (and, when
/// laps carry heart rate, at or above their average), and an easier lap is one under
/// <see cref="DetectionThresholds.RecoverySpeedRatio"/> x. A block of work laps (a 1 km repeat auto-lapped every
/// 400 m is one block) counts when it lasts 30 s to 10 min.
/// </summary>
internal static class LapIntervals
{
    private enum LapEffort
    {
        Neither,
        Work,
        Easier,
    }

    public static int CountWorkBouts(IReadOnlyList<RecordedLap> laps)
    {
        ArgumentNullException.ThrowIfNull(laps);
        if (laps.Count < (2 * DetectionThresholds.MinRepeats) - 1)
        {
            return 0;
        }

        var efforts = laps.Any(lap => lap.Intensity is LapIntensity.Interval or LapIntensity.Recovery or LapIntensity.Rest)
            ? laps.Select(FromStructure).ToArray()
            : FromPace(laps);
        var bouts = 0;
        var inBlock = false;
        double blockSeconds = 0;
        for (var i = 0; i < laps.Count; i++)
        {
            switch (efforts[i])
            {
                case LapEffort.Work:
                    blockSeconds = inBlock ? blockSeconds + Seconds(laps[i]) : Seconds(laps[i]);
                    inBlock = true;
                    break;
                case LapEffort.Easier:
                    bouts += inBlock && IsBoutLength(blockSeconds) ? 1 : 0;
                    inBlock = false;
                    break;
            }
        }

        return bouts + (inBlock && IsBoutLength(blockSeconds) ? 1 : 0);
    }

    private static LapEffort FromStructure(RecordedLap lap) => lap.Intensity switch
    {
        LapIntensity.Interval or LapIntensity.Active => LapEffort.Work,
        LapIntensity.Recovery or LapIntensity.Rest => LapEffort.Easier,
        _ => LapEffort.Neither,
    };

    private static LapEffort[] FromPace(IReadOnlyList<RecordedLap> laps)
    {
        var speeds = laps.Select(Speed).ToArray();
        var weighted = laps.Select((lap, i) => (Speed: speeds[i], Seconds: Seconds(lap))).Where(x => x.Speed is not null && x.Seconds > 0).ToArray();
        if (weighted.Length == 0 || !laps.Any(lap => lap.DistanceM > 0))
        {
            return new LapEffort[laps.Count];
        }

        // The easy reference: the speed below which a quarter of the laps' time was run.
        var total = weighted.Sum(x => x.Seconds);
        double cumulative = 0, easy = 0;
        foreach (var (speed, seconds) in weighted.OrderBy(x => x.Speed))
        {
            easy = speed!.Value;
            cumulative += seconds;
            if (cumulative >= DetectionThresholds.EasyReferencePercentile * total)
            {
                break;
            }
        }

        var heartLaps = laps.Where(lap => lap.AvgHeartRate is not null && Seconds(lap) > 0).ToArray();
        double? averageHeartRate = heartLaps.Length > 0
            ? heartLaps.Sum(lap => lap.AvgHeartRate!.Value * Seconds(lap)) / heartLaps.Sum(Seconds)
            : null;
        return laps.Select((lap, i) => speeds[i] switch
        {
            null => LapEffort.Neither,
            var speed when speed >= DetectionThresholds.WorkSpeedRatio * easy
                && (lap.AvgHeartRate is not { } rate || averageHeartRate is not { } average || rate >= average) => LapEffort.Work,
            var speed when speed < DetectionThresholds.RecoverySpeedRatio * easy => LapEffort.Easier,
            _ => LapEffort.Neither,
        }).ToArray();
    }

    private static bool IsBoutLength(double seconds) =>
        seconds is >= DetectionThresholds.MinWorkSeconds and <= DetectionThresholds.MaxWorkSeconds;

    private static double Seconds(RecordedLap lap) => lap.TimerS ?? lap.ElapsedS ?? 0;

    /// <summary>A lap's speed; a lap with time but no distance (a standing rest) is 0; null when it has no time.</summary>
    private static double? Speed(RecordedLap lap) => Seconds(lap) is > 0 and var seconds ? (lap.DistanceM ?? 0) / seconds : null;
}
