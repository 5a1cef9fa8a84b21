using RunStrong.Contracts.Security;
using System.Text.Json;
using RunStrong.Gateway.Tests.Security;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// Athlete-scoped keys through the gateway: staff issue one (shown once, with a sign-in link carrying it in the
/// fragment), list and revoke them; the key reaches its athlete and the challenges they are in, nothing else.
/// The full per-route matrix is <see cref="AthleteKeyMatrixTests"/>.
/// </summary>
public sealed class AthleteKeyRoutesTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issuing_a_key_answers_201_with_the_key_once_and_a_sign_in_link_that_carries_it_in_the_fragment()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");

        using var response = await staff.PostAsync($"{tenant.AthletePath("ana")}/keys", null, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var (keyId, apiKey, signInUrl) = (key.GetProperty("keyId").GetString()!, key.GetProperty("apiKey").GetString()!, key.GetProperty("signInUrl").GetString()!);
        Assert.True(ApiKey.TryGetKeyId(apiKey, out var embedded) && embedded == keyId, apiKey);
        Assert.Equal($"{tenant.AthletePath("ana")}/keys/{keyId}", response.Headers.Location?.OriginalString);

        // No public address is configured here: the link points at the gateway the request came through.
        var link = new Uri(signInUrl);
        Assert.Equal($"{Platform.GatewayAddress.GetLeftPart(UriPartial.Authority)}/app/", link.GetLeftPart(UriPartial.Path));
        Assert.Equal(("", $"#key={apiKey}"), (link.Query, link.Fragment));
    }

    [Fact]
    public async Task An_unknown_athlete_gets_no_key_404()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");

        using var response = await staff.PostAsync($"{tenant.AthletePath("nobody")}/keys", null, Cancel);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("nobody", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_athlete_with_the_most_live_keys_gets_409_until_one_is_revoked()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");
        var path = tenant.AthletePath("ana");
        var first = (await OwnedAthlete.IssueAthleteKeyAsync(staff, path)).KeyId;
        for (var i = 1; i < RunStrong.Contracts.Athletes.AthleteKeyIssue.MaxLiveKeys; i++)
        {
            await OwnedAthlete.IssueAthleteKeyAsync(staff, path);
        }

        await AssertProblemAsync(await staff.PostAsync($"{path}/keys", null, Cancel), HttpStatusCode.Conflict);
        (await staff.DeleteAsync($"{path}/keys/{first}", Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{path}/keys", null, Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_key_list_shows_ids_and_dates_and_never_a_key()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");
        var path = tenant.AthletePath("ana");
        var (revokedId, revokedKey) = await OwnedAthlete.IssueAthleteKeyAsync(staff, path);
        var (keptId, keptKey) = await OwnedAthlete.IssueAthleteKeyAsync(staff, path);
        (await staff.DeleteAsync($"{path}/keys/{revokedId}", Cancel)).EnsureSuccessStatusCode();

        using var response = await staff.GetAsync($"{path}/keys", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain(revokedKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(keptKey, text, StringComparison.Ordinal);
        var items = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToDictionary(k => k.GetProperty("keyId").GetString()!);
        Assert.Equal(new[] { revokedId, keptId }.Order(StringComparer.Ordinal), items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.String, items[revokedId].GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[keptId].GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, items[keptId].GetProperty("createdAt").ValueKind);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_or_another_athletes_key_answers_404_and_that_key_keeps_working()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");
        (await staff.PutAsJsonAsync(tenant.AthletePath("bo"), Profile(), Cancel)).EnsureSuccessStatusCode();
        var (bosKeyId, bosKey) = await OwnedAthlete.IssueAthleteKeyAsync(staff, tenant.AthletePath("bo"));

        using var unknown = await staff.DeleteAsync($"{tenant.AthletePath("ana")}/keys/0123456789abcdef", Cancel);
        using var others = await staff.DeleteAsync($"{tenant.AthletePath("ana")}/keys/{bosKeyId}", Cancel);

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await AssertProblemAsync(others, HttpStatusCode.NotFound);
        using var bo = Platform.TenantClient(bosKey);
        using var stillWorks = await bo.GetAsync(tenant.AthletePath("bo"), Cancel);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_within_the_cache_bound_and_staff_keys_are_untouched()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");
        var path = tenant.AthletePath("ana");
        var (keyId, key) = await OwnedAthlete.IssueAthleteKeyAsync(staff, path);
        using var athlete = Platform.TenantClient(key);
        Assert.Equal(HttpStatusCode.OK, (await athlete.GetAsync(path, Cancel)).StatusCode);

        using var revoke = await staff.DeleteAsync($"{path}/keys/{keyId}", Cancel);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await Eventually.AnswersAsync(athlete, path, HttpStatusCode.Unauthorized));
        using var again = await staff.DeleteAsync($"{path}/keys/{keyId}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(path, Cancel)).StatusCode);
    }

    [Fact]
    public async Task An_athlete_key_logs_and_reads_its_own_data()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");
        var path = tenant.AthletePath("ana");
        using var athlete = Platform.TenantClient((await OwnedAthlete.IssueAthleteKeyAsync(staff, path)).ApiKey);

        using var logged = await athlete.PostAsJsonAsync($"{path}/runs", Run("own-run"), Cancel);
        using var runs = await staff.GetAsync($"{path}/runs", Cancel);

        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Contains("own-run", await runs.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await AssertProblemAsync(await athlete.PostAsync($"{path}/keys", null, Cancel), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await athlete.GetAsync(tenant.AthletePath("bo"), Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_athlete_key_reads_the_challenges_its_athlete_is_in_and_no_other()
    {
        var club = await Platform.CreateTenantAsync("club");
        using var staff = Platform.TenantClient(club.ApiKey);
        (await staff.PutAsJsonAsync(club.AthletePath(RouteSamples.AthleteId), Profile(), Cancel)).EnsureSuccessStatusCode();
        await OwnedChallenge.SetUpAsync(staff, club);
        using var member = Platform.TenantClient((await OwnedAthlete.IssueAthleteKeyAsync(staff, club.AthletePath(RouteSamples.AthleteId))).ApiKey);
        (await staff.PutAsJsonAsync(club.AthletePath("bo"), Profile(), Cancel)).EnsureSuccessStatusCode();
        using var outsider = Platform.TenantClient((await OwnedAthlete.IssueAthleteKeyAsync(staff, club.AthletePath("bo"))).ApiKey);
        var challenge = $"/api/t/{club.Id}/challenges/{OwnedChallenge.Id}";
        string[] reads = [challenge, $"{challenge}/leaderboard", $"{challenge}/athletes/{RouteSamples.AthleteId}"];

        foreach (var read in reads)
        {
            using var mine = await member.GetAsync(read, Cancel);
            Assert.True(mine.StatusCode == HttpStatusCode.OK, $"GET {read} with the member's key: {(int)mine.StatusCode}");
            await AssertProblemAsync(await outsider.GetAsync(read, Cancel), HttpStatusCode.NotFound);
        }

        // A challenge that does not exist answers like one the athlete is not in; the club's list is staff's.
        await AssertProblemAsync(await member.GetAsync($"/api/t/{club.Id}/challenges/no-such-challenge", Cancel), HttpStatusCode.NotFound);
        await AssertProblemAsync(await member.GetAsync($"/api/t/{club.Id}/challenges", Cancel), HttpStatusCode.Forbidden);

        // Out of the team, out of the challenge.
        (await staff.DeleteAsync($"{challenge}/teams/{OwnedChallenge.TeamId}/members/{RouteSamples.AthleteId}", Cancel)).EnsureSuccessStatusCode();
        await AssertProblemAsync(await member.GetAsync($"{challenge}/leaderboard", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_silo_refuses_an_athlete_caller_whose_athlete_id_was_changed_after_signing_or_never_signed()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var direct = Platform.SiloDirect();
        var path = tenant.AthletePath("bo");

        using var forged = new HttpRequestMessage(HttpMethod.Get, path);
        await Platform.SignAsync(forged, new CallerContext(CallerRole.Athlete, tenant.Id, RunStrong.Contracts.Tenants.TenantKind.Gym, "ana"));
        forged.Headers.Remove(TenantContextHeaders.Athlete);
        forged.Headers.Add(TenantContextHeaders.Athlete, "bo");
        using var unsigned = new HttpRequestMessage(HttpMethod.Get, path);
        unsigned.Headers.Add(TenantContextHeaders.Role, "Athlete");
        unsigned.Headers.Add(TenantContextHeaders.Tenant, tenant.Id);
        unsigned.Headers.Add(TenantContextHeaders.TenantKind, "Gym");
        unsigned.Headers.Add(TenantContextHeaders.Athlete, "bo");

        await AssertProblemAsync(await direct.SendAsync(forged, Cancel), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await direct.SendAsync(unsigned, Cancel), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_athlete_header_sent_to_the_gateway_is_dropped_and_grants_nothing()
    {
        var (staff, tenant) = await TenantWithAthleteAsync("ana");
        using var athlete = Platform.TenantClient((await OwnedAthlete.IssueAthleteKeyAsync(staff, tenant.AthletePath("ana"))).ApiKey);
        (await staff.PutAsJsonAsync(tenant.AthletePath("bo"), Profile(), Cancel)).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, tenant.AthletePath("bo"));
        request.Headers.Add(TenantContextHeaders.Athlete, "bo");

        await AssertProblemAsync(await athlete.SendAsync(request, Cancel), HttpStatusCode.NotFound);
    }

    private async Task<(HttpClient Staff, TestTenant Tenant)> TenantWithAthleteAsync(string athleteId)
    {
        var tenant = await Platform.CreateTenantAsync();
        var staff = Platform.TenantClient(tenant.ApiKey);
        (await staff.PutAsJsonAsync(tenant.AthletePath(athleteId), Profile(), Cancel)).EnsureSuccessStatusCode();
        return (staff, tenant);
    }
}
