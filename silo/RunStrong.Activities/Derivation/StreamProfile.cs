using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Derivation;

/// <summary>
/// A recording's bins prepared for detection: per bin, speed as the median of the bins' own speeds over a centred
/// <see cref="DetectionThresholds.SmoothingSeconds"/> window (a median, so a GPS jump, which lifts one or two bins,
/// leaves no trace), whether the runner was stopped there, heart rate averaged over the same window, and the run's
/// easy reference speed.
/// </summary>
internal sealed class StreamProfile
{
    private StreamProfile(double binSeconds, double?[] speed, double?[] own, bool[] stopped, bool[] nearStop, double?[] heartRate, double[] movingSeconds, double[] distanceM, double? easySpeed, double stopSpeed, double? averageHeartRate)
    {
        BinSeconds = binSeconds;
        SmoothedSpeed = speed;
        BinSpeed = own;
        Stopped = stopped;
        NearStop = nearStop;
        HeartRate = heartRate;
        MovingSeconds = movingSeconds;
        DistanceM = distanceM;
        EasySpeed = easySpeed;
        StopSpeed = stopSpeed;
        AverageHeartRate = averageHeartRate;
    }

    public double BinSeconds { get; }

    /// <summary>Metres per second, the window's median; null where nothing is known (an auto-pause) or the recording has no distance.</summary>
    public IReadOnlyList<double?> SmoothedSpeed { get; }

    /// <summary>The bin's own speed (0 when mostly stopped); null when the bin is empty or the recording has no distance.</summary>
    public IReadOnlyList<double?> BinSpeed { get; }

    /// <summary>
    /// Standing still (traffic light, standing recovery) or paused: the smoothed speed is unknown or under
    /// <see cref="StopSpeed"/>. Never true for a recording without distance.
    /// </summary>
    public IReadOnlyList<bool> Stopped { get; }

    /// <summary>
    /// Within half a window of a stop, where the window mixes standing and running (and GPS jitter while standing
    /// can read a slow jog): neither effort nor recovery.
    /// </summary>
    public IReadOnlyList<bool> NearStop { get; }

    /// <summary>Heart rate averaged over the window; null where no sample had one.</summary>
    public IReadOnlyList<double?> HeartRate { get; }

    public IReadOnlyList<double> MovingSeconds { get; }

    public IReadOnlyList<double> DistanceM { get; }

    /// <summary>The <see cref="DetectionThresholds.EasyReferencePercentile"/> of the smoothed speeds while not stopped; null when nothing moved.</summary>
    public double? EasySpeed { get; }

    /// <summary>Slower than this is standing still (see <see cref="DetectionThresholds.StopSpeedFraction"/>).</summary>
    public double StopSpeed { get; }

    public double? AverageHeartRate { get; }

    public int Count => SmoothedSpeed.Count;

    public static StreamProfile From(SampleSeries samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var bins = samples.Bins;
        var window = Math.Max(1, (int)Math.Round(DetectionThresholds.SmoothingSeconds / samples.BinSeconds)) | 1; // odd, centred
        var own = new double?[bins.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            // An empty bin (sparse recording) is unknown; a bin mostly spent not moving is a stop.
            own[i] = !samples.HasDistance || bins[i].Seconds <= 0 ? null : bins[i].MovingSeconds >= 0.5 * bins[i].Seconds ? bins[i].SpeedMps : 0;
        }

        var speed = new double?[bins.Length];
        var stopped = new bool[bins.Length];
        var heartRate = new double?[bins.Length];
        var moving = new double[bins.Length];
        var covered = new double[bins.Length];
        var scratch = new List<double>(window);
        for (var i = 0; i < bins.Length; i++)
        {
            var (from, to) = (Math.Max(0, i - (window / 2)), Math.Min(bins.Length, i + (window / 2) + 1));
            scratch.Clear();
            double heartSeconds = 0, heartSum = 0;
            for (var j = from; j < to; j++)
            {
                if (own[j] is { } known)
                {
                    scratch.Add(known);
                }

                heartSeconds += bins[j].HeartRateSeconds;
                heartSum += bins[j].HeartRateWeightedSum;
            }

            speed[i] = samples.HasDistance && scratch.Count > 0 ? Median(scratch) : null;
            heartRate[i] = heartSeconds > 0 ? heartSum / heartSeconds : null;
            moving[i] = bins[i].MovingSeconds;
            covered[i] = bins[i].DistanceM;
        }

        // A stop is slower than half the run's easy speed (at least 1 m/s): GPS jitter while standing reads up to
        // about 1.5 m/s on phones, which a slow walk only just exceeds.
        var easyRunning = Percentile(speed.Where(v => v >= DetectionThresholds.StopSpeedMps), DetectionThresholds.EasyReferencePercentile);
        var stopSpeed = Math.Max(DetectionThresholds.StopSpeedMps, DetectionThresholds.StopSpeedFraction * (easyRunning ?? 0));
        for (var i = 0; i < bins.Length; i++)
        {
            stopped[i] = samples.HasDistance && (speed[i] is not { } v || v < stopSpeed);
        }

        var nearStop = new bool[bins.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            for (var j = Math.Max(0, i - (window / 2)); j < Math.Min(bins.Length, i + (window / 2) + 1) && !nearStop[i]; j++)
            {
                nearStop[i] = stopped[j] && !stopped[i];
            }
        }

        var easy = Percentile(speed.Where((_, i) => !stopped[i] && !nearStop[i]), DetectionThresholds.EasyReferencePercentile);
        return new StreamProfile(samples.BinSeconds, speed, own, stopped, nearStop, heartRate, moving, covered, easy, stopSpeed, samples.AvgHeartRate);
    }

    /// <summary>The value below which the given fraction of the known values lie (bins are equal stretches of time).</summary>
    public static double? Percentile(IEnumerable<double?> values, double fraction)
    {
        var known = values.Where(v => v is > 0).Select(v => v!.Value).Order().ToArray();
        return known.Length == 0 ? null : known[(int)Math.Min(known.Length - 1, Math.Floor(fraction * known.Length))];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
