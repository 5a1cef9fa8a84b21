using RunStrong.Coaching.Engine.Nutrition;

namespace RunStrong.Coaching.Engine.Plan;

/// <summary>One day of the plan: its sessions (empty on a rest day) and the day's fuel targets.</summary>
public sealed record PlanDay(DateOnly Date, IReadOnlyList<PlannedSession> Sessions, FuelTargets Fuel);
