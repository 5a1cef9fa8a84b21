using System.Globalization;
using System.Text.Json;
using RunStrong.EndToEnd.Tests.Failover;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// A distance challenge in a club, with one team holding every athlete of the club: its leaderboard's team
/// score is the sum of the distances the members' acknowledged runs add up to, so a fault test can check that
/// the challenge's shards lost or doubled nothing.
/// </summary>
internal sealed class ClubChallenge
{
    private readonly GymClient club;
    private readonly string path;

    private ClubChallenge(GymClient club, string path)
    {
        this.club = club;
        this.path = path;
    }

    public IReadOnlyList<string> Members => club.Athletes;

    /// <summary>A challenge over the week before <paramref name="today"/> and the month after it (every planned run falls in it).</summary>
    public static async Task<ClubChallenge> CreateAsync(GymClient club, DateOnly today, CancellationToken cancellationToken)
    {
        var id = $"fault-{Guid.NewGuid():N}"[..16];
        var challenges = $"/api/t/{club.TenantId}/challenges";
        await Expect(club.SendAsync(HttpMethod.Post, challenges, new
        {
            id, name = "Fault week", metric = "distanceKm",
            startsOn = Day(today.AddDays(-7)), endsOn = Day(today.AddDays(30)),
        }, cancellationToken));
        await Expect(club.SendAsync(HttpMethod.Post, $"{challenges}/{id}/teams", new { id = "all", name = "Everyone" }, cancellationToken));
        foreach (var athlete in club.Athletes)
        {
            await Expect(club.SendAsync(HttpMethod.Put, $"{challenges}/{id}/teams/all/members/{athlete}", null, cancellationToken));
        }

        return new ClubChallenge(club, $"{challenges}/{id}");
    }

    /// <summary>
    /// Polls the leaderboard until the team's score is <paramref name="km"/> or <paramref name="within"/> passes; returns the last
    /// score seen (NaN when no read succeeded) and the last read that failed, if any, for the test's message.
    /// </summary>
    public async Task<(double Km, Outcome? LastFailure)> WaitForTotalAsync(double km, TimeSpan within, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + within;
        var score = double.NaN;
        Outcome? lastFailure = null;
        while (true)
        {
            var (outcome, board) = await club.SendAsync(HttpMethod.Get, $"{path}/leaderboard?top=1", null, cancellationToken);
            if (outcome.Succeeded)
            {
                var teams = board.GetProperty("teams");
                score = teams.GetArrayLength() == 0 ? 0 : teams[0].GetProperty("score").GetDouble();
            }
            else
            {
                lastFailure = outcome;
            }

            if (Math.Abs(score - km) < 0.01 || DateTime.UtcNow > deadline)
            {
                return (score, lastFailure);
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task Expect(Task<(Outcome Outcome, JsonElement Body)> request)
    {
        var (outcome, _) = await request;
        Assert.True(outcome.Succeeded, $"Setting up the challenge: {outcome}");
    }
}
