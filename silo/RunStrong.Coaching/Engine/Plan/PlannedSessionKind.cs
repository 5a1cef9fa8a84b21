namespace RunStrong.Coaching.Engine.Plan;

/// <summary>What a planned session is (wire: easyRun, longRun, tempoRun, intervalRun, legStrength).</summary>
public enum PlannedSessionKind
{
    EasyRun,
    LongRun,
    TempoRun,
    IntervalRun,
    LegStrength,
}
