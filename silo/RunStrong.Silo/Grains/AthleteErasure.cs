namespace RunStrong.Silo.Grains;

/// <summary>An erase in progress: the steps still to do, in order, and what the steps need once the state is gone.</summary>
public sealed class AthleteErasure
{
    public List<EraseStep> Remaining { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The member's id in the gym's system, which import files hold the member's row under; null when no import created them.</summary>
    public string? ExternalId { get; set; }
}
