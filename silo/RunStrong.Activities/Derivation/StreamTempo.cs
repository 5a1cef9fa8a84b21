namespace RunStrong.Activities.Derivation;

/// <summary>
/// A sustained threshold block in the sample stream: at least <see cref="DetectionThresholds.TempoMinMinutes"/> of
/// continuous running either at <see cref="DetectionThresholds.TempoSpeedRatio"/> x the easy reference speed (and, with
/// heart rate, not below the run's average), or, when the athlete's maximum heart rate is known, at
/// <see cref="DetectionThresholds.TempoHeartRateFraction"/> of it or above.
/// </summary>
internal static class StreamTempo
{
    public static bool HasTempoBlock(StreamProfile profile, int? maxHeartRate)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var minSeconds = DetectionThresholds.TempoMinMinutes * 60;
        if (profile.EasySpeed is { } easy)
        {
            var enter = DetectionThresholds.TempoSpeedRatio * easy;
            var byPace = EffortBlockScanner.Scan(profile, i => profile.SmoothedSpeed[i], i => profile.SmoothedSpeed[i], enter, DetectionThresholds.TempoHoldSpeedRatio * easy);
            if (byPace.Any(block => block.MovingSeconds >= minSeconds
                && block.SpeedMps >= enter
                && (block.MeanHeartRate is not { } rate || profile.AverageHeartRate is not { } average || rate >= average)))
            {
                return true;
            }
        }

        if (maxHeartRate is { } max && max > 0)
        {
            var byHeart = EffortBlockScanner.Scan(
                profile,
                i => profile.HeartRate[i],
                i => profile.HeartRate[i],
                DetectionThresholds.TempoHeartRateFraction * max,
                DetectionThresholds.TempoHoldHeartRateFraction * max);
            return byHeart.Any(block => block.MovingSeconds >= minSeconds);
        }

        return false;
    }
}
