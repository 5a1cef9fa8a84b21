namespace RunStrong.Challenges.Standings;

/// <summary>The top of a leaderboard snapshot: what one read returns.</summary>
public sealed record LeaderboardPage(
    long Version,
    DateTimeOffset GeneratedAt,
    int Participants,
    IReadOnlyList<TeamStanding> Teams,
    IReadOnlyList<AthleteStanding> Athletes)
{
    /// <summary>The best <paramref name="top"/> teams and athletes of this page: what a read of that size would have returned.</summary>
    public LeaderboardPage Take(int top) =>
        top >= Teams.Count && top >= Athletes.Count ? this : this with { Teams = [.. Teams.Take(top)], Athletes = [.. Athletes.Take(top)] };
}
