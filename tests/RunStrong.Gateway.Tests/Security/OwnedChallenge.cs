namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// The challenge a club's <see cref="OwnedAthlete"/> is in, set up before every challenge-route case: it runs
/// from a week ago to a week ahead (so the setup run counts), has two teams, and the athlete is in the first
/// one and already on the leaderboard. So every challenge sample (read it, add a team, move or remove the
/// athlete, read their standing) aims at something real, and a refusal is a refusal, not a 404 for nothing.
/// </summary>
internal static class OwnedChallenge
{
    public const string Id = "matrix-challenge";

    /// <summary>The team the athlete is put in at setup (and that the removal sample takes them out of).</summary>
    public const string TeamId = "matrix-team";

    /// <summary>The team the membership sample moves the athlete to.</summary>
    public const string OtherTeamId = "matrix-team-2";

    /// <summary>
    /// How long a new member may take to reach the leaderboard snapshot: documented as about 300 ms (shard
    /// flush, then snapshot), with room for a test run that loads the machine with hundreds of cases.
    /// </summary>
    private static readonly TimeSpan OnLeaderboardBound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The club's challenges, all of them (with their teams): the list a created challenge or team shows in at once.</summary>
    public static string ListPath(string tenantId) => $"/api/t/{tenantId}/challenges?limit=100";

    /// <summary>Creates the challenge and its teams, puts the athlete in <see cref="TeamId"/> and waits until the leaderboard shows them.</summary>
    public static async Task SetUpAsync(HttpClient owner, TestTenant tenant)
    {
        var challenge = $"/api/t/{tenant.Id}/challenges/{Id}";
        await AssertServedAsync(await owner.PostAsJsonAsync($"/api/t/{tenant.Id}/challenges", Definition(), Cancel));
        foreach (var team in new[] { TeamId, OtherTeamId })
        {
            await AssertServedAsync(await owner.PostAsJsonAsync($"{challenge}/teams", new { id = team, name = $"Team {team}" }, Cancel));
        }

        await AssertServedAsync(await owner.PutAsync($"{challenge}/teams/{TeamId}/members/{RouteSamples.AthleteId}", null, Cancel));

        // Membership reaches the leaderboard asynchronously; the standing sample needs the athlete on it.
        var standing = $"{challenge}/athletes/{RouteSamples.AthleteId}";
        var answer = await Eventually.AnswersAsync(owner, standing, HttpStatusCode.OK, OnLeaderboardBound);
        Assert.True(answer == HttpStatusCode.OK, $"The athlete did not reach the leaderboard within {OnLeaderboardBound.TotalSeconds} s: GET {standing} still answers {(int)answer}.");
    }

    private static object Definition() => new
    {
        id = Id,
        name = "Matrix Challenge",
        startsOn = TestDates.Iso(TestDates.DaysAgo(7)),
        endsOn = TestDates.Iso(TestDates.Today.AddDays(7)),
        metric = "distanceKm",
    };

    private static async Task AssertServedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode,
                $"Challenge setup: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        }
    }
}
