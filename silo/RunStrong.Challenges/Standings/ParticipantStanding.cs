namespace RunStrong.Challenges.Standings;

/// <summary>One athlete's place on the latest snapshot, with their team's.</summary>
public sealed record ParticipantStanding(
    AthleteStanding Athlete,
    TeamStanding? Team,
    int Participants,
    long Version,
    DateTimeOffset GeneratedAt);
