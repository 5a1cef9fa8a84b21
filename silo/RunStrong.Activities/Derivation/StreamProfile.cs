using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Derivation;

/// <summary>
/// A recording's bins smoothed for detection: per bin, speed over a centred <see cref="DetectionThresholds.SmoothingSeconds"/>
/// window (null where the window is mostly standing still), the bin's own speed and heart rate, and the run's easy
/// reference speed. Summing distance and moving time over the window (not averaging speeds) keeps sparse samples
/// (smart recording's gaps leave some bins empty) and single GPS jumps from making spikes.
/// </summary>
internal sealed class StreamProfile
{
    private StreamProfile(double binSeconds, double?[] smoothedSpeed, double?[] binSpeed, double?[] heartRate, double[] movingSeconds, double[] distanceM, double? easySpeed, double? averageHeartRate)
    {
        BinSeconds = binSeconds;
        SmoothedSpeed = smoothedSpeed;
        BinSpeed = binSpeed;
        HeartRate = heartRate;
        MovingSeconds = movingSeconds;
        DistanceM = distanceM;
        EasySpeed = easySpeed;
        AverageHeartRate = averageHeartRate;
    }

    public double BinSeconds { get; }

    /// <summary>Metres per second over the smoothing window; null where the window is mostly stopped.</summary>
    public IReadOnlyList<double?> SmoothedSpeed { get; }

    /// <summary>The bin's own speed while moving; null when it holds no movement.</summary>
    public IReadOnlyList<double?> BinSpeed { get; }

    /// <summary>Heart rate smoothed over the same window; null where no sample had one.</summary>
    public IReadOnlyList<double?> HeartRate { get; }

    public IReadOnlyList<double> MovingSeconds { get; }

    public IReadOnlyList<double> DistanceM { get; }

    /// <summary>The <see cref="DetectionThresholds.EasyReferencePercentile"/> of the smoothed speeds; null when nothing moved.</summary>
    public double? EasySpeed { get; }

    public double? AverageHeartRate { get; }

    public int Count => SmoothedSpeed.Count;

    public static StreamProfile From(SampleSeries samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var bins = samples.Bins;
        var window = Math.Max(1, (int)Math.Round(DetectionThresholds.SmoothingSeconds / samples.BinSeconds));
        var smoothed = new double?[bins.Length];
        var own = new double?[bins.Length];
        var heartRate = new double?[bins.Length];
        var moving = new double[bins.Length];
        var covered = new double[bins.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            var (from, to) = (Math.Max(0, i - (window / 2)), Math.Min(bins.Length, i - (window / 2) + window));
            double distance = 0, movingSeconds = 0, heartSeconds = 0, heartSum = 0;
            for (var j = from; j < to; j++)
            {
                distance += bins[j].DistanceM;
                movingSeconds += bins[j].MovingSeconds;
                heartSeconds += bins[j].HeartRateSeconds;
                heartSum += bins[j].HeartRateWeightedSum;
            }

            // Mostly stopped: less than half of the window's time was moving.
            smoothed[i] = samples.HasDistance && movingSeconds >= 0.5 * (to - from) * samples.BinSeconds ? distance / movingSeconds : null;
            heartRate[i] = heartSeconds > 0 ? heartSum / heartSeconds : null;
            own[i] = samples.HasDistance ? bins[i].SpeedMps : null;
            moving[i] = bins[i].MovingSeconds;
            covered[i] = bins[i].DistanceM;
        }

        return new StreamProfile(samples.BinSeconds, smoothed, own, heartRate, moving, covered, Percentile(smoothed, DetectionThresholds.EasyReferencePercentile), samples.AvgHeartRate);
    }

    /// <summary>The value below which the given fraction of the known values lie (bins are equal stretches of time).</summary>
    public static double? Percentile(IEnumerable<double?> values, double fraction)
    {
        var known = values.Where(v => v is > 0).Select(v => v!.Value).Order().ToArray();
        return known.Length == 0 ? null : known[(int)Math.Min(known.Length - 1, Math.Floor(fraction * known.Length))];
    }
}
