namespace RunStrong.Activities.Derivation;

/// <summary>
/// Finds the blocks of a run held above an effort level, with hysteresis: a block starts where the smoothed level
/// reaches <c>enter</c> and lasts while it stays at <c>hold</c> or above. A stop (traffic light, auto-pause) of up
/// to <see cref="DetectionThresholds.MaxTransientStopSeconds"/> neither ends a block nor counts in it; a longer stop
/// is a standing recovery and ends it. The bins at a stop's edges (<see cref="StreamProfile.NearStop"/>) are skipped.
/// </summary>
internal static class EffortBlockScanner
{
    /// <param name="level">The smoothed level of a bin (speed or heart rate); null when unknown, which is below any level.</param>
    /// <param name="ownLevel">
    /// The bin's own level: <see cref="EffortBlock.HardSeconds"/> counts bins where both it and the smoothed level reach
    /// <c>enter</c>, so neither the window's reach nor one noisy bin lengthens a bout.
    /// </param>
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
            if (profile.Stopped[i])
            {
                // The stop's own length: the median window marks a couple of running bins at each edge as stopped too.
                stopped += profile.BinSpeed[i] is not { } own || own < profile.StopSpeed ? profile.BinSeconds : 0;
                if (stopped > DetectionThresholds.MaxTransientStopSeconds)
                {
                    Close();
                }

                continue;
            }

            if (profile.NearStop[i])
            {
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
                hard += value >= enter && ownLevel(i) >= enter ? profile.MovingSeconds[i] : 0;
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
}
