namespace RunStrong.Activities.Recording;

/// <summary>
/// A recording's sample stream folded as it is read, in bounded memory: running totals (first and last time,
/// distance, moving time, heart rate) and a time series of at most <see cref="MaxBins"/> bins. Bins start
/// <see cref="InitialBinSeconds"/> wide and double (merging pairs) whenever the recording outgrows them, so a
/// 30-minute run keeps 5-second resolution and a 30-hour ultra still fits. Interval detection reads the bins.
/// </summary>
public sealed class SampleSeries
{
    public const int MaxBins = 4096;
    public const double InitialBinSeconds = 5;

    /// <summary>
    /// Longer without a sample is a pause (an auto-paused watch records nothing; smart recording on Garmin devices
    /// leaves gaps of up to about 10 s while moving), so the gap counts towards elapsed but not moving time.
    /// </summary>
    public const double MaxMovingGapSeconds = 30;

    /// <summary>
    /// Slower than this between two samples is standing still (1.8 km/h, below a slow walk of about 1 m/s; GPS jitter
    /// while standing reads 0.1-0.4 m/s).
    /// </summary>
    public const double MinMovingSpeedMps = 0.5;

    /// <summary>
    /// Heart rates outside this range are a sensor dropping out (straps report 0 when contact is lost), not a heart:
    /// the same 30-250 bpm bounds as a logged run's average (RunInput).
    /// </summary>
    public const int MinHeartRate = 30, MaxPlausibleHeartRate = 250;

    private SampleBin[] bins = new SampleBin[64];
    private int binCount;
    private ActivitySample? previous;
    private double heartRateSeconds;
    private double heartRateWeightedSum;

    public int Count { get; private set; }

    public DateTimeOffset? First { get; private set; }

    public DateTimeOffset? Last { get; private set; }

    /// <summary>The largest cumulative distance seen, or the distance added up from speed when no sample has one.</summary>
    public double DistanceM { get; private set; }

    /// <summary>Whether any sample carried a distance or a speed.</summary>
    public bool HasDistance { get; private set; }

    public double MovingSeconds { get; private set; }

    public int? MaxHeartRate { get; private set; }

    public double BinSeconds { get; private set; } = InitialBinSeconds;

    /// <summary>Seconds from the first sample to the last.</summary>
    public double ElapsedSeconds => First is { } first && Last is { } last ? (last - first).TotalSeconds : 0;

    /// <summary>Time-weighted mean heart rate over the samples that had one.</summary>
    public double? AvgHeartRate => heartRateSeconds > 0 ? heartRateWeightedSum / heartRateSeconds : null;

    public ReadOnlySpan<SampleBin> Bins => bins.AsSpan(0, binCount);

    /// <summary>
    /// Adds the next sample. Samples earlier than the last one added are ignored (devices repeat a record after a
    /// clock sync); a sample at the same time updates nothing but the maximum heart rate and distance.
    /// </summary>
    public void Add(in ActivitySample sample)
    {
        if (Last is { } last && sample.Time < last)
        {
            return;
        }

        Fold(sample.HeartRate is < MinHeartRate or > MaxPlausibleHeartRate ? sample with { HeartRate = null } : sample);
    }

    private void Fold(in ActivitySample sample)
    {

        Count++;
        First ??= sample.Time;
        Last = sample.Time;
        if (sample.HeartRate is { } hr)
        {
            MaxHeartRate = Math.Max(MaxHeartRate ?? 0, hr);
        }

        var hasDistance = sample.DistanceM is not null || sample.SpeedMps is not null;
        HasDistance |= hasDistance;
        if (previous is not { } before)
        {
            previous = sample;
            DistanceM = Math.Max(DistanceM, sample.DistanceM ?? 0);
            return;
        }

        var seconds = (sample.Time - before.Time).TotalSeconds;
        var covered = Covered(before, sample, seconds);
        if (sample.DistanceM is { } total)
        {
            DistanceM = Math.Max(DistanceM, total);
        }
        else if (covered > 0)
        {
            DistanceM += covered;
        }

        var moving = seconds <= MaxMovingGapSeconds && (!hasDistance || covered / Math.Max(seconds, 1e-9) >= MinMovingSpeedMps);
        var heartRate = sample.HeartRate ?? before.HeartRate;
        if (seconds > 0)
        {
            ref var bin = ref BinAt(before.Time);
            bin.Seconds += seconds;
            bin.DistanceM += covered;
            if (moving)
            {
                bin.MovingSeconds += seconds;
                MovingSeconds += seconds;
            }

            // A pause's heart rate is not the effort's: gaps longer than a moving gap (auto-pause) add no heart rate time.
            if (heartRate is { } rate && seconds <= MaxMovingGapSeconds)
            {
                bin.HeartRateSeconds += seconds;
                bin.HeartRateWeightedSum += rate * seconds;
                heartRateSeconds += seconds;
                heartRateWeightedSum += rate * seconds;
            }
        }

        // Carry the last known figures forward, so a sample without a distance does not reset the next one's delta.
        previous = sample with
        {
            DistanceM = sample.DistanceM ?? (before.DistanceM is { } d ? d + covered : null),
            HeartRate = heartRate,
        };
    }

    /// <summary>Metres covered between two samples: from cumulative distance, else from speed, else none.</summary>
    private static double Covered(in ActivitySample before, in ActivitySample after, double seconds)
    {
        if (after.DistanceM is { } to && before.DistanceM is { } from)
        {
            return Math.Max(0, to - from); // a distance that goes backwards (a GPS correction) adds nothing
        }

        if (after.SpeedMps is { } speed && seconds > 0)
        {
            return Math.Max(0, speed) * Math.Min(seconds, MaxMovingGapSeconds);
        }

        return 0;
    }

    private ref SampleBin BinAt(DateTimeOffset time)
    {
        var offset = (time - First!.Value).TotalSeconds;
        while (offset / BinSeconds >= MaxBins)
        {
            Halve();
        }

        var index = (int)(offset / BinSeconds);

        if (index >= bins.Length)
        {
            Array.Resize(ref bins, Math.Min(MaxBins, Math.Max(bins.Length * 2, index + 1)));
        }

        binCount = Math.Max(binCount, index + 1);
        return ref bins[index];
    }

    /// <summary>Merges bins pairwise and doubles their width: the series keeps its shape at half the resolution.</summary>
    private void Halve()
    {
        var merged = (binCount + 1) / 2;
        for (var i = 0; i < merged; i++)
        {
            var left = bins[2 * i];
            bins[i] = 2 * i + 1 < binCount ? left.Plus(bins[(2 * i) + 1]) : left;
        }

        Array.Clear(bins, merged, binCount - merged);
        binCount = merged;
        BinSeconds *= 2;
    }
}
