namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// Seven days of sessions and fuel starting on <see cref="StartsOn"/>. <see cref="Notes"/> say how the fuel targets were
/// worked out where that is not visible in them (<see cref="ReportNotes"/>), as the report's do.
/// </summary>
public sealed record WeekPlan(DateOnly StartsOn, IReadOnlyList<PlanDay> Days, IReadOnlyList<string> Notes);
