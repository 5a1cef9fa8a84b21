namespace RunStrong.Coaching.Engine.Plan;

/// <summary>Seven days of sessions and fuel starting on <see cref="StartsOn"/>.</summary>
public sealed record WeekPlan(DateOnly StartsOn, IReadOnlyList<PlanDay> Days);
