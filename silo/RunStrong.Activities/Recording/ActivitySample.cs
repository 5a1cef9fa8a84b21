namespace RunStrong.Activities.Recording;

/// <summary>
/// One point of the recorded stream (a FIT record, a TCX Trackpoint, a GPX trkpt). <paramref name="DistanceM"/> is
/// cumulative from the start (readers of GPS-only files compute it); each figure is null when the point lacks it.
/// </summary>
public readonly record struct ActivitySample(DateTimeOffset Time, double? DistanceM, double? SpeedMps, int? HeartRate);
