namespace RunStrong.Activities.Derivation;

/// <summary>
/// Work bouts found in the sample stream: blocks at <see cref="DetectionThresholds.WorkSpeedRatio"/> x the easy
/// reference speed or faster, ending when speed falls back under <see cref="DetectionThresholds.RecoverySpeedRatio"/>
/// x, with 30 s to 10 min at the work level, and, when heart rate was recorded, at or above the run's
/// average heart rate: a descent is fast but easy, a work bout is fast and hard.
/// </summary>
internal static class StreamIntervals
{
    public static int CountWorkBouts(StreamProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.EasySpeed is not { } easy)
        {
            return 0;
        }

        var blocks = EffortBlockScanner.Scan(
            profile,
            i => profile.SmoothedSpeed[i],
            i => profile.BinSpeed[i],
            DetectionThresholds.WorkSpeedRatio * easy,
            DetectionThresholds.RecoverySpeedRatio * easy);
        return blocks.Count(block => IsWorkBout(block, profile));
    }

    private static bool IsWorkBout(EffortBlock block, StreamProfile profile) =>
        block.HardSeconds is >= DetectionThresholds.MinWorkSeconds and <= DetectionThresholds.MaxWorkSeconds
        && (block.MeanHeartRate is not { } rate || profile.AverageHeartRate is not { } average || rate >= average);
}
