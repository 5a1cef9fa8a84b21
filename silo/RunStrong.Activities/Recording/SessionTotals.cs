namespace RunStrong.Activities.Recording;

/// <summary>
/// The totals a file states for its (first) session: a FIT session message. Absent from GPX and TCX, and from a FIT
/// file cut off before its end, where the totals are derived from laps and records instead.
/// </summary>
/// <param name="Sport">The FIT sport's name in lower camel case ("running", "cycling", "trainingGeneric"...).</param>
/// <param name="SubSport">The FIT sub-sport's name ("trail", "treadmill", "track", "generic"...), when stated.</param>
public sealed record SessionTotals(
    string Sport,
    string? SubSport,
    DateTimeOffset StartedAt,
    double? DistanceM,
    double? TimerS,
    double? ElapsedS,
    int? AvgHeartRate,
    int? MaxHeartRate,
    double? EnergyKcal);
