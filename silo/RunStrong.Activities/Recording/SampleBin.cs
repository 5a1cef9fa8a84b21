namespace RunStrong.Activities.Recording;

/// <summary>
/// The samples of one stretch of <see cref="SampleSeries.BinSeconds"/>: time covered between consecutive samples,
/// the part of it spent moving, the distance covered, and heart rate weighted by time.
/// </summary>
public struct SampleBin
{
    public double Seconds { get; internal set; }

    public double MovingSeconds { get; internal set; }

    public double DistanceM { get; internal set; }

    internal double HeartRateSeconds { get; set; }

    internal double HeartRateWeightedSum { get; set; }

    /// <summary>Mean speed while moving, or null when the bin holds no movement.</summary>
    public readonly double? SpeedMps => MovingSeconds > 0 ? DistanceM / MovingSeconds : null;

    /// <summary>Time-weighted mean heart rate, or null when no sample in the bin had one.</summary>
    public readonly double? HeartRate => HeartRateSeconds > 0 ? HeartRateWeightedSum / HeartRateSeconds : null;

    internal readonly SampleBin Plus(SampleBin other) => new()
    {
        Seconds = Seconds + other.Seconds,
        MovingSeconds = MovingSeconds + other.MovingSeconds,
        DistanceM = DistanceM + other.DistanceM,
        HeartRateSeconds = HeartRateSeconds + other.HeartRateSeconds,
        HeartRateWeightedSum = HeartRateWeightedSum + other.HeartRateWeightedSum,
    };
}
