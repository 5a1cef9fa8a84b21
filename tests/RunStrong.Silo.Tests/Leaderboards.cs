using RunStrong.Challenges.Standings;
using RunStrong.Contracts.Challenges;

namespace RunStrong.Silo.Tests;

/// <summary>Leaderboards are snapshots rebuilt shortly after a change, so tests wait for the one they expect.</summary>
internal static class Leaderboards
{
    /// <summary>The first leaderboard <paramref name="done"/> accepts, or the last one read after 15 s.</summary>
    public static async Task<LeaderboardPage> WhenAsync(IChallengeGrain challenge, Func<LeaderboardPage, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var page = await challenge.GetLeaderboard(100);
            if ((page is not null && done(page)) || DateTime.UtcNow > deadline)
            {
                return page!;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
