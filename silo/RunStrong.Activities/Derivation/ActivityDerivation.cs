using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Derivation;

/// <summary>
/// Derives what RunStrong shows and logs from a recording. Each figure comes from the most direct source the file
/// has: the session's totals (FIT), else the sum of its laps (TCX), else the sample stream (GPX: distance from
/// positions, moving time by <see cref="SampleSeries"/>'s rules, elapsed time first to last point). Pure: the same
/// recording and athlete give the same summary. docs/ACTIVITIES.md describes the rules.
/// </summary>
public static class ActivityDerivation
{
    public static ActivitySummary Derive(ActivityRecording recording, AthleteContext athlete)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(athlete);
        var session = recording.Session;
        var laps = recording.Laps;
        var samples = recording.Samples;

        var startedAt = session?.StartedAt
            ?? (laps.Count > 0 ? laps[0].StartedAt : samples.First)
            ?? throw new ActivityFileException(ActivityFileProblem.NoTimedTrack, "The recording has no start time.");
        var sport = session?.Sport ?? recording.Sport;
        var subSport = session?.SubSport ?? recording.SubSport;

        var distanceM = session?.DistanceM ?? LapSum(laps, lap => lap.DistanceM) ?? samples.DistanceM;
        var movingSeconds = session?.TimerS ?? LapSum(laps, lap => lap.TimerS) ?? samples.MovingSeconds;
        var elapsedSeconds = session?.ElapsedS
            ?? Math.Max(Math.Max(samples.ElapsedSeconds, LapSum(laps, lap => lap.ElapsedS) ?? 0), movingSeconds);

        var loggedAs = SportMapping.LoggedAs(sport, subSport, distanceM, movingSeconds);
        var energy = session?.EnergyKcal
            ?? LapSum(laps, lap => lap.EnergyKcal)
            ?? EnergyEstimate.Kcal(sport, loggedAs, distanceM, movingSeconds, athlete.WeightKg);

        return new ActivitySummary(
            recording.Format,
            sport,
            subSport,
            startedAt,
            distanceM / 1000,
            movingSeconds / 60,
            elapsedSeconds / 60,
            session?.AvgHeartRate ?? LapHeartRate(laps) ?? Round(samples.AvgHeartRate),
            session?.MaxHeartRate ?? laps.Max(lap => lap.MaxHeartRate) ?? samples.MaxHeartRate,
            loggedAs == ActivityLoggedAs.Run ? KindDetection.Detect(recording, movingSeconds, athlete) : null,
            [.. laps.Select(lap => new ActivityLap(lap.StartedAt, (lap.DistanceM ?? 0) / 1000, (lap.TimerS ?? lap.ElapsedS ?? 0) / 60, lap.AvgHeartRate))],
            loggedAs,
            energy);
    }

    /// <summary>The sum over the laps that state the figure; null when none does.</summary>
    private static double? LapSum(IReadOnlyList<RecordedLap> laps, Func<RecordedLap, double?> figure)
    {
        double? sum = null;
        foreach (var lap in laps)
        {
            if (figure(lap) is { } value)
            {
                sum = (sum ?? 0) + value;
            }
        }

        return sum;
    }

    /// <summary>The laps' average heart rates weighted by their time.</summary>
    private static int? LapHeartRate(IReadOnlyList<RecordedLap> laps)
    {
        double seconds = 0, sum = 0;
        foreach (var lap in laps)
        {
            if (lap.AvgHeartRate is { } rate && (lap.TimerS ?? lap.ElapsedS) is > 0 and var time)
            {
                seconds += time;
                sum += rate * time;
            }
        }

        return seconds > 0 ? (int)Math.Round(sum / seconds) : null;
    }

    private static int? Round(double? value) => value is { } v ? (int)Math.Round(v) : null;
}
