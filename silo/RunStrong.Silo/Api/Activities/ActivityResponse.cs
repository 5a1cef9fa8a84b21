using RunStrong.Activities;
using RunStrong.Activities.Logging;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Silo.Api.Activities;

/// <summary>One activity as the API shows it (the upload's answer and <c>GET …/activities/{id}</c>).</summary>
/// <param name="ReplacedRunId">The typed run this file replaced, having started within two minutes of it.</param>
/// <param name="Warnings">Damage the reader worked around, e.g. a checksum mismatch in a file otherwise read whole.</param>
public sealed record ActivityResponse(
    string Id,
    ActivityFormat Format,
    string Sport,
    string? SubSport,
    DateTimeOffset StartedAt,
    double DistanceKm,
    double DurationMin,
    double ElapsedMin,
    int? AvgHeartRate,
    int? MaxHeartRate,
    RunKind? Kind,
    IReadOnlyList<ActivityLap>? Laps,
    ActivityLoggedAs LoggedAs,
    string LogEntryId,
    double EnergyKcal,
    long FileBytes,
    DateTimeOffset UploadedAt,
    string? ReplacedRunId,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The activity with its laps; <paramref name="withLaps"/> false for list items, which leave them out.</summary>
    public static ActivityResponse Of(StoredActivity activity, bool withLaps = true)
    {
        var s = activity.Summary;
        return new ActivityResponse(
            activity.Id, s.Format, s.Sport, s.SubSport, s.StartedAt, Math.Round(s.DistanceKm, 3), Math.Round(s.DurationMin, 2), Math.Round(s.ElapsedMin, 2),
            s.AvgHeartRate, s.MaxHeartRate, s.Kind, withLaps ? s.Laps : null, s.LoggedAs, activity.Entry.Id, Math.Round(s.EnergyKcal),
            activity.FileBytes, activity.UploadedAt, activity.Replaced, activity.Warnings ?? []);
    }
}
