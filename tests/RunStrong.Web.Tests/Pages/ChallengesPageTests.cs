using Xunit;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RunStrong.Testing;
using RunStrong.Web.Hosting;
using RunStrong.Web.Tests.Sessions;

namespace RunStrong.Web.Tests.Pages;

/// <summary>The challenge pages over HTTP: the list and its create form, one challenge with its leaderboard and staff forms, and who sees what.</summary>
public sealed class ChallengesPageTests(WebPlatform fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task A_clubs_challenge_page_renders_its_leaderboard_rows()
    {
        var club = await Platform.CreateTenantAsync("club");
        using var api = Platform.TenantClient(club.ApiKey);
        await CreateChallengeAsync(api, club.Id, "december", "hill-goats", "Hill Goats");
        await JoinAsync(api, club.Id, "december", "hill-goats", "ana");
        await LogRunAsync(api, club.AthletePath("ana"), 12.5);
        await WaitForScoreAsync(api, club.Id, "december", "ana");
        using var named = await api.PatchAsJsonAsync($"{club.AthletePath("ana")}/member", new { firstName = "Ana", lastName = "Berg" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        await WaitForDirectoryNameAsync(api, club.Id, "Berg");
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, club.ApiKey)).Dispose();

        using var page = await browser.GetAsync("/app/challenges/december", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Strong December</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-team-id=\"hill-goats\" data-team-name=\"Hill Goats\"", html, StringComparison.Ordinal);
        Assert.Contains("data-athlete-id=\"ana\" data-athlete-name=\"Ana Berg\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Ana Berg</td>", html, StringComparison.Ordinal);
        Assert.Contains("12.5", html, StringComparison.Ordinal);
        Assert.Contains($"data-events=\"/api/t/{club.Id}/challenges/december/leaderboard/events?top=50\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"_handler\" value=\"add-team\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"_handler\" value=\"add-member\"", html, StringComparison.Ordinal);
        Assert.Contains(WebHosting.Asset("challenge.js"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_the_list_and_a_good_form_creates_the_challenge_and_opens_it()
    {
        var club = await Platform.CreateTenantAsync("club");
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, club.ApiKey)).Dispose();

        using var created = await PageForms.PostAsync(browser, "/app/challenges", "create-challenge", ChallengeForm("spring", TestDates.DaysAgo(3), TestDates.Today.AddDays(20)));
        var list = await browser.GetStringAsync("/app/challenges", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/app/challenges/spring", created.Headers.Location?.PathAndQuery);
        Assert.Contains("href=\"/app/challenges/spring\"", list, StringComparison.Ordinal);
        Assert.Contains("Spring Legs", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_in_the_create_form_is_shown_by_its_field_and_creates_nothing()
    {
        var club = await Platform.CreateTenantAsync("club");
        using var api = Platform.TenantClient(club.ApiKey);
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, club.ApiKey)).Dispose();

        using var refused = await PageForms.PostAsync(browser, "/app/challenges", "create-challenge", ChallengeForm("backwards", TestDates.Today, TestDates.DaysAgo(5)));
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        using var unreadable = await PageForms.PostAsync(browser, "/app/challenges", "create-challenge",
            new Dictionary<string, string>(ChallengeForm("garbled", TestDates.Today, TestDates.Today.AddDays(9))) { ["Form.StartsOn"] = "2026-02-30" });
        var unreadableHtml = await unreadable.Content.ReadAsStringAsync(Cancel);
        using var stored = await api.GetAsync($"/api/t/{club.Id}/challenges/backwards", Cancel);
        using var storedGarbled = await api.GetAsync($"/api/t/{club.Id}/challenges/garbled", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"challenge-ends-error\">endsOn must be on or after startsOn.</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"challenge-ends-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"backwards\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("id=\"challenge-starts-error\"", unreadableHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, storedGarbled.StatusCode);
    }

    [Fact]
    public async Task Staff_add_a_team_and_a_member_through_the_forms()
    {
        var club = await Platform.CreateTenantAsync("club");
        using var api = Platform.TenantClient(club.ApiKey);
        await CreateChallengeAsync(api, club.Id, "relay", "first", "First Team");
        await PutProfileAsync(api, club.AthletePath("bo"));
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, club.ApiKey)).Dispose();

        using var team = await PageForms.PostAsync(browser, "/app/challenges/relay", "add-team",
            new Dictionary<string, string> { ["Team.Id"] = "second", ["Team.Name"] = "Second Team" });
        using var unknown = await PageForms.PostAsync(browser, "/app/challenges/relay", "add-member",
            new Dictionary<string, string> { ["Member.AthleteId"] = "nobody", ["Member.TeamId"] = "second" });
        var unknownHtml = await unknown.Content.ReadAsStringAsync(Cancel);
        using var member = await PageForms.PostAsync(browser, "/app/challenges/relay", "add-member",
            new Dictionary<string, string> { ["Member.AthleteId"] = "bo", ["Member.TeamId"] = "second" });

        Assert.Equal(HttpStatusCode.Redirect, team.StatusCode);
        Assert.Equal("/app/challenges/relay?done=team", team.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("id=\"member-athlete-id-error\"", unknownHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, member.StatusCode);
        await WaitForLeaderboardAsync(api, club.Id, "relay", athlete => athlete.GetProperty("athleteId").GetString() == "bo" && athlete.GetProperty("teamId").GetString() == "second");
    }

    [Fact]
    public async Task An_athlete_sees_their_own_challenge_with_their_row_marked_and_gets_404_for_another()
    {
        var club = await Platform.CreateTenantAsync("club");
        using var api = Platform.TenantClient(club.ApiKey);
        await CreateChallengeAsync(api, club.Id, "mine", "blue", "Blue");
        await CreateChallengeAsync(api, club.Id, "theirs", "red", "Red");
        await JoinAsync(api, club.Id, "mine", "blue", "cy");
        await LogRunAsync(api, club.AthletePath("cy"), 5);
        await WaitForScoreAsync(api, club.Id, "mine", "cy");
        using var issued = await api.PostAsync($"{club.AthletePath("cy")}/keys", content: null, Cancel);
        var athleteKey = (await issued.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("apiKey").GetString()!;
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, athleteKey)).Dispose();

        var list = await browser.GetStringAsync("/app/challenges", Cancel);
        using var own = await browser.GetAsync("/app/challenges/mine", Cancel);
        var ownHtml = await own.Content.ReadAsStringAsync(Cancel);
        using var other = await browser.GetAsync("/app/challenges/theirs", Cancel);
        var otherHtml = await other.Content.ReadAsStringAsync(Cancel);

        Assert.Contains("href=\"/app/challenges/mine\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/app/challenges/theirs", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-athlete-id=\"cy\"", ownHtml, StringComparison.Ordinal);
        Assert.Contains("class=\"me\" aria-current=\"true\"", ownHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("add-team", ownHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Challenge not found", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Red", otherHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gym_is_sent_to_its_home_page()
    {
        var gym = await Platform.CreateTenantAsync("gym");
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, gym.ApiKey)).Dispose();

        using var list = await browser.GetAsync("/app/challenges", Cancel);
        using var one = await browser.GetAsync("/app/challenges/any", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Equal("/app/athletes", list.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
    }

    private static Dictionary<string, string> ChallengeForm(string id, DateOnly startsOn, DateOnly endsOn) => new()
    {
        ["Form.Id"] = id,
        ["Form.Name"] = "Spring Legs",
        ["Form.StartsOn"] = TestDates.Iso(startsOn),
        ["Form.EndsOn"] = TestDates.Iso(endsOn),
        ["Form.Metric"] = "distanceKm",
        ["Form.DailyCap"] = "",
        ["Form.Scoring"] = "absolute",
        ["Form.TeamScore"] = "total",
    };

    private static async Task CreateChallengeAsync(HttpClient api, string tenantId, string challengeId, string teamId, string teamName)
    {
        using var challenge = await api.PostAsJsonAsync($"/api/t/{tenantId}/challenges", new
        {
            id = challengeId,
            name = challengeId == "december" ? "Strong December" : $"Challenge {challengeId}",
            startsOn = TestDates.Iso(TestDates.DaysAgo(10)),
            endsOn = TestDates.Iso(TestDates.Today.AddDays(10)),
            metric = "distanceKm",
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, challenge.StatusCode);
        using var team = await api.PostAsJsonAsync($"/api/t/{tenantId}/challenges/{challengeId}/teams", new { id = teamId, name = teamName }, Cancel);
        Assert.Equal(HttpStatusCode.Created, team.StatusCode);
    }

    private static async Task PutProfileAsync(HttpClient api, string athletePath)
    {
        using var profile = await api.PutAsJsonAsync(athletePath, new { sex = "female", birthYear = 1990, heightCm = 168, weightKg = 60 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    private static async Task JoinAsync(HttpClient api, string tenantId, string challengeId, string teamId, string athleteId)
    {
        await PutProfileAsync(api, $"/api/t/{tenantId}/athletes/{athleteId}");
        using var joined = await api.PutAsync($"/api/t/{tenantId}/challenges/{challengeId}/teams/{teamId}/members/{athleteId}", content: null, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, joined.StatusCode);
    }

    private static async Task LogRunAsync(HttpClient api, string athletePath, double km)
    {
        using var run = await api.PostAsJsonAsync($"{athletePath}/runs", new
        {
            startedAt = TestDates.MorningOf(TestDates.DaysAgo(1)),
            distanceKm = km,
            durationMin = km * 6,
            kind = "easy",
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
    }

    /// <summary>The directory lists a member's new name a moment after the write is acknowledged.</summary>
    private static async Task WaitForDirectoryNameAsync(HttpClient api, string tenantId, string lastName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var page = await api.GetFromJsonAsync<JsonElement>($"/api/t/{tenantId}/athletes?limit=100", Cancel);
            if (page.GetProperty("items").EnumerateArray().Any(member => member.GetProperty("lastName").GetString() == lastName))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The directory shows the name within 15 s.");
            await Task.Delay(100, Cancel);
        }
    }

    private static Task WaitForScoreAsync(HttpClient api, string tenantId, string challengeId, string athleteId) =>
        WaitForLeaderboardAsync(api, tenantId, challengeId, athlete => athlete.GetProperty("athleteId").GetString() == athleteId && athlete.GetProperty("score").GetDecimal() > 0);

    /// <summary>Changes reach the leaderboard's snapshot a few hundred milliseconds after they are acknowledged.</summary>
    private static async Task WaitForLeaderboardAsync(HttpClient api, string tenantId, string challengeId, Func<JsonElement, bool> shows)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var board = await api.GetFromJsonAsync<JsonElement>($"/api/t/{tenantId}/challenges/{challengeId}/leaderboard?top=50", Cancel);
            if (board.GetProperty("athletes").EnumerateArray().Any(shows))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The change reaches the leaderboard within 15 s.");
            await Task.Delay(100, Cancel);
        }
    }
}
