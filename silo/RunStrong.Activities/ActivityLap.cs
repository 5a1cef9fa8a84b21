namespace RunStrong.Activities;

/// <summary>One lap of an activity as the API shows it.</summary>
public sealed record ActivityLap(DateTimeOffset StartedAt, double DistanceKm, double DurationMin, int? AvgHeartRate);
