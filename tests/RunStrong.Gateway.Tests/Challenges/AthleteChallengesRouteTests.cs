using System.Text.Json;
using RunStrong.Gateway.Tests.Security;
using static RunStrong.Gateway.Tests.Challenges.Club;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>GET …/athletes/{athleteId}/challenges: the challenges an athlete is in, with their team, for staff and the athlete's own key.</summary>
public sealed class AthleteChallengesRouteTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_athlete_sees_the_challenges_they_are_in_with_their_team_and_nobody_elses()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("legs", "legSessions", startedDaysAgo: 5));
        await club.CreateChallengeAsync(Challenge("km", "distanceKm", startedDaysAgo: 20));
        await club.CreateChallengeAsync(Challenge("other", "points"));
        await club.AddTeamsAsync("legs", "red");
        await club.AddTeamsAsync("km", "blue");
        await club.AddTeamsAsync("other", "green");
        await club.AddAthletesAsync(["ana", "bo", "cy"]);
        await club.JoinAsync("legs", "red", "ana");
        await club.JoinAsync("km", "blue", "ana");
        await club.JoinAsync("other", "green", "bo");
        var (_, key) = await OwnedAthlete.IssueAthleteKeyAsync(club.Client, club.Tenant.AthletePath("ana"));
        using var ana = fixture.Platform.TenantClient(key);

        var byStaff = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Tenant.AthletePath("ana")}/challenges", Cancel);
        var byAna = await ana.GetFromJsonAsync<JsonElement>($"{club.Tenant.AthletePath("ana")}/challenges", Cancel);
        var none = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Tenant.AthletePath("cy")}/challenges", Cancel);
        using var bosByAna = await ana.GetAsync($"{club.Tenant.AthletePath("bo")}/challenges", Cancel);
        using var unknown = await club.Client.GetAsync($"{club.Tenant.AthletePath("zoe")}/challenges", Cancel);

        var items = byStaff.GetProperty("items").EnumerateArray().ToList();
        // Latest start first.
        Assert.Equal(["legs", "km"], items.Select(i => i.GetProperty("id").GetString()));
        var legs = items[0];
        Assert.Equal(
            ("Challenge legs", TestDates.Iso(TestDates.DaysAgo(5)), TestDates.Iso(TestDates.Today.AddDays(10)), "legSessions", "sessions", "red", "Team red"),
            (legs.GetProperty("name").GetString(), legs.GetProperty("startsOn").GetString(), legs.GetProperty("endsOn").GetString(),
                legs.GetProperty("metric").GetString(), legs.GetProperty("unit").GetString(), legs.GetProperty("teamId").GetString(),
                legs.GetProperty("teamName").GetString()));
        Assert.Equal(byStaff.GetRawText(), byAna.GetRawText());
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        await AssertProblemAsync(bosByAna, HttpStatusCode.NotFound);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_gym_gets_403()
    {
        var gym = await fixture.Platform.CreateTenantAsync("gym");
        using var client = fixture.Platform.TenantClient(gym.ApiKey);

        using var response = await client.GetAsync($"/api/t/{gym.Id}/athletes/ana/challenges", Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
