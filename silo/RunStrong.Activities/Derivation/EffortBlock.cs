namespace RunStrong.Activities.Derivation;

/// <summary>
/// A stretch of a run held above an effort level: its moving time, the part of it at or above the level that
/// started it (the bout's length without the hysteresis' tail), distance and mean heart rate.
/// </summary>
internal readonly record struct EffortBlock(int FirstBin, int LastBin, double MovingSeconds, double HardSeconds, double DistanceM, double? MeanHeartRate)
{
    public double? SpeedMps => MovingSeconds > 0 ? DistanceM / MovingSeconds : null;
}
