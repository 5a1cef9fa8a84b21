namespace RunStrong.Activities.Derivation;

/// <summary>
/// Finds the blocks of a run held above an effort level, with hysteresis: a block starts where the smoothed level
/// reaches <c>enter</c> and lasts while it stays at <c>hold</c> or above. A stop (traffic light, auto-pause) of up
/// to <see cref="DetectionThresholds.MaxTransientStopSeconds"/> neither ends a block nor counts in it; a longer stop
/// is a standing recovery and ends it.
/// </summary>
internal static class EffortBlockScanner
{
    /// <param name="level">The smoothed level of a bin (speed or heart rate); null when unknown, which is below any level.</param>
    /// <param name="ownLevel">The bin's own level, for the block's <see cref="EffortBlock.HardSeconds"/>.</param>
    public static List<EffortBlock> Scan(StreamProfile profile, Func<int, double?> level, Func<int, double?> ownLevel, double enter, double hold)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(ownLevel);
        var blocks = new List<EffortBlock>();
        var open = false;
        int first = 0, last = 0;
        double moving = 0, hard = 0, distance = 0, heartSeconds = 0, heartSum = 0, stopped = 0;

        void Close()
        {
            if (open)
            {
                blocks.Add(new EffortBlock(first, last, moving, hard, distance, heartSeconds > 0 ? heartSum / heartSeconds : null));
            }

            open = false;
        }

        for (var i = 0; i < profile.Count; i++)
        {
            if (profile.SmoothedSpeed[i] is null && IsStopKnown(profile))
            {
                stopped += profile.BinSeconds;
                if (stopped > DetectionThresholds.MaxTransientStopSeconds)
                {
                    Close();
                }

                continue;
            }

            stopped = 0;
            var value = level(i);
            if (!open && value >= enter)
            {
                (open, first, moving, hard, distance, heartSeconds, heartSum) = (true, i, 0, 0, 0, 0, 0);
            }
            else if (open && !(value >= hold))
            {
                Close();
            }

            if (open)
            {
                last = i;
                moving += profile.MovingSeconds[i];
                distance += profile.DistanceM[i];
                hard += ownLevel(i) >= hold ? profile.MovingSeconds[i] : 0;
                if (profile.HeartRate[i] is { } rate)
                {
                    heartSeconds += profile.MovingSeconds[i];
                    heartSum += rate * profile.MovingSeconds[i];
                }
            }
        }

        Close();
        return blocks;
    }

    /// <summary>Stops are only known from distance; a recording without any (heart rate only) never stops.</summary>
    private static bool IsStopKnown(StreamProfile profile) => profile.EasySpeed is not null;
}
