using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>Who takes part: athletes <c>0..Athletes-1</c>, teams <c>0..Teams-1</c>, athlete <c>i</c> in team <c>i % Teams</c>.</summary>
public sealed record ClubRoster(int Athletes, int Teams)
{
    public static string AthleteId(int athlete) => string.Create(CultureInfo.InvariantCulture, $"bench-a{athlete:D6}");

    public static string TeamId(int team) => string.Create(CultureInfo.InvariantCulture, $"team-{team:D3}");

    public int TeamOf(int athlete) => athlete % Teams;

    /// <summary>Members of <paramref name="team"/>: every athlete whose index leaves that remainder.</summary>
    public IEnumerable<int> MembersOf(int team)
    {
        for (var athlete = team; athlete < Athletes; athlete += Teams)
        {
            yield return athlete;
        }
    }
}
