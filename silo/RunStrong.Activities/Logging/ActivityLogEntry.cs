using RunStrong.Coaching.Athletes;

namespace RunStrong.Activities.Logging;

/// <summary>
/// What an activity becomes in the athlete's log: a run (running sports) or a cross-training session (the rest),
/// under the activity's own id. Exactly one of the two is set.
/// </summary>
public sealed record ActivityLogEntry(Run? Run, CrossTrainingSession? CrossTraining)
{
    // The same bounds a typed run is held to (RunInput): 100 m strides are the shortest runs worth logging; faster than
    // 2:00 min/km is beyond the 1 km world record (2:11); 400 km and 48 h leave room for multi-day ultras.
    private const double MinRunKm = 0.1;
    private const double FastestPlausibleMinPerKm = 2.0;
    private const double MaxDistanceKm = 400;
    private const double MaxDurationMin = 48 * 60;

    public string Id => Run?.Id ?? CrossTraining!.Id;

    public DateTimeOffset StartedAt => Run?.StartedAt ?? CrossTraining!.StartedAt;

    /// <summary>
    /// The entry for <paramref name="summary"/>, or <see cref="ActivityFileException"/> (Implausible) when its figures
    /// are no real session: the file is refused rather than distorting the athlete's coaching.
    /// </summary>
    public static ActivityLogEntry For(string id, ActivitySummary summary)
    {
        if (summary.DurationMin <= 0)
        {
            throw new ActivityFileException(ActivityFileProblem.NoTimedTrack, "The activity has no moving time: nothing was recorded in motion.");
        }

        if (summary.DurationMin > MaxDurationMin || summary.DistanceKm > MaxDistanceKm)
        {
            throw new ActivityFileException(ActivityFileProblem.Implausible, $"The activity covers {summary.DistanceKm:0.#} km in {summary.DurationMin:0} min, beyond any single session (at most {MaxDistanceKm} km and 48 h).");
        }

        if (summary.LoggedAs == ActivityLoggedAs.CrossTraining)
        {
            return new ActivityLogEntry(null, new CrossTrainingSession(
                id, summary.StartedAt, summary.Sport, summary.DurationMin, summary.EnergyKcal, summary.AvgHeartRate,
                summary.DistanceKm > 0 ? summary.DistanceKm : null));
        }

        if (summary.DistanceKm < MinRunKm)
        {
            throw new ActivityFileException(ActivityFileProblem.Implausible, $"The run covers {summary.DistanceKm * 1000:0} m; runs under {MinRunKm * 1000:0} m are not logged.");
        }

        if (summary.DurationMin / summary.DistanceKm < FastestPlausibleMinPerKm)
        {
            throw new ActivityFileException(
                ActivityFileProblem.Implausible,
                $"The run's pace ({summary.DurationMin / summary.DistanceKm:0.00} min/km) is faster than {FastestPlausibleMinPerKm}:00 min/km, beyond any runner: is it a ride recorded as a run?");
        }

        return new ActivityLogEntry(new Run(id, summary.StartedAt, summary.DistanceKm, summary.DurationMin, summary.Kind ?? RunKind.Easy, null, summary.AvgHeartRate), null);
    }
}
