namespace RunStrong.Coaching.Engine.Plan;

/// <summary>One session of a plan day; a day's sessions are listed in the order to do them (done ones first).</summary>
public sealed record PlannedSession(PlannedSessionKind Kind, double DurationMin, double? DistanceKm, string Guidance, SessionStatus Status = SessionStatus.Planned)
{
    /// <summary>Tempo and interval runs are the hard sessions.</summary>
    public bool IsHard => Kind is PlannedSessionKind.TempoRun or PlannedSessionKind.IntervalRun;

    public bool IsRun => Kind is not (PlannedSessionKind.LegStrength or PlannedSessionKind.CrossTraining);
}
