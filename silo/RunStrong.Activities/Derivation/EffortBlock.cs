namespace RunStrong.Activities.Derivation;

/// <summary>
/// A stretch of a run held above an effort level: its moving time, the part of it whose own bins were above the
/// hold level (the bout's length without the smoothing's blur), distance and mean heart rate.
/// </summary>
internal readonly record struct EffortBlock(int FirstBin, int LastBin, double MovingSeconds, double HardSeconds, double DistanceM, double? MeanHeartRate)
{
    public double? SpeedMps => MovingSeconds > 0 ? DistanceM / MovingSeconds : null;
}
