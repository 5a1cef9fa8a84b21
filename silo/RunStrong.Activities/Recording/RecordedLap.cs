namespace RunStrong.Activities.Recording;

/// <summary>One lap as the file states it (FIT lap message, TCX Lap). Figures a file leaves out are null.</summary>
/// <param name="EnergyKcal">The lap's energy (TCX <c>Calories</c>, FIT <c>total_calories</c>), when stated.</param>
public sealed record RecordedLap(
    DateTimeOffset StartedAt,
    double? DistanceM,
    double? TimerS,
    double? ElapsedS,
    int? AvgHeartRate,
    int? MaxHeartRate,
    LapIntensity Intensity,
    double? EnergyKcal = null);
