namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// Whether a plan's session is still to do or was logged (wire: planned, done). The week that holds today shows
/// what the athlete already did on its lived days, so the plan around it reads as one week.
/// </summary>
public enum SessionStatus
{
    Planned,
    Done,
}
