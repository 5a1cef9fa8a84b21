namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// What a planned session is (wire: easyRun, longRun, tempoRun, intervalRun, legStrength, crossTraining). Cross-training
/// only ever appears as done on a lived day: the plan shows it, never plans it.
/// </summary>
public enum PlannedSessionKind
{
    EasyRun,
    LongRun,
    TempoRun,
    IntervalRun,
    LegStrength,
    CrossTraining,
}
