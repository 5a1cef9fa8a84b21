namespace RunStrong.Activities.Fit;

/// <summary>
/// The fields the product reads from a session or a lap message, scaled to seconds, metres and kcal; null where the
/// message lacks a field or holds its invalid value. <see cref="Intensity"/> is a lap's alone.
/// </summary>
internal readonly record struct FitSummaryMessage(
    DateTimeOffset? Timestamp,
    DateTimeOffset? StartTime,
    int? Sport,
    int? SubSport,
    double? ElapsedS,
    double? TimerS,
    double? DistanceM,
    int? AvgHeartRate,
    int? MaxHeartRate,
    int? Calories,
    int? Intensity);
