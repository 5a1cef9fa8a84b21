namespace RunStrong.Challenges.Standings;

/// <summary>The top of a leaderboard snapshot: what one read returns.</summary>
public sealed record LeaderboardPage(
    long Version,
    DateTimeOffset GeneratedAt,
    int Participants,
    IReadOnlyList<TeamStanding> Teams,
    IReadOnlyList<AthleteStanding> Athletes);
