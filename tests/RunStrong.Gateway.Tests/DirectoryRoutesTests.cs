using System.Globalization;
using System.Text;
using System.Text.Json;
using static RunStrong.Gateway.Tests.ImportsTests;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// The members directory through the gateway: imported members listed at once, folded search, the follow-up list
/// reflecting a write, paging that neither skips nor repeats a member while an import adds others, and 400s naming
/// each bad parameter.
/// </summary>
public sealed class DirectoryRoutesTests(PlatformFixture fixture)
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Imported_members_are_listed_by_name_as_soon_as_the_import_completes()
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Zoe", "Åberg"), ("m-2", "Anna", "Berg"), ("m-3", "Bo", "Aberg")));

        var page = await PageAsync(client, tenant, "?sort=name");

        Assert.Equal(["m-3", "m-1", "m-2"], Ids(page));
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        var first = page.GetProperty("items")[0];
        Assert.Equal(("m-3", "Bo", "Aberg", "m-3@example.com"), (Text(first, "externalId"), Text(first, "firstName"), Text(first, "lastName"), Text(first, "email")));
        Assert.NotEqual(JsonValueKind.Undefined, first.GetProperty("muscleRetentionRisk").ValueKind);
    }

    [Theory]
    [InlineData("mul", "m-1")]
    [InlineData("oyv", "m-2")]
    [InlineData("gros", "m-3")]
    [InlineData("JÜRG MÜ", "m-1")]
    [InlineData("m-3", "m-3")]
    [InlineData("m-2@exa", "m-2")]
    public async Task Search_finds_word_starts_folded_for_case_and_accents(string q, string expected)
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Jürgen", "Müller"), ("m-2", "Øyvind", "Lie"), ("m-3", "Karl", "Groß")));

        var page = await PageAsync(client, tenant, $"?q={Uri.EscapeDataString(q)}");

        Assert.Equal([expected], Ids(page));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_member_whose_risk_turns_high_moves_to_the_top_of_the_follow_up_list_with_its_factors()
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Ana", "Lopez"), ("m-2", "Bo", "Berg"), ("m-3", "Cy", "Diaz")));
        var path = tenant.AthletePath("m-2");

        // Fat-free mass measured by DEXA falls from 59.5 to 52.8 kg in ten weeks: observed lean-mass loss.
        await MeasureAsync(client, path, daysAgo: 73, weightKg: 70, bodyFat: 15);
        await MeasureAsync(client, path, daysAgo: 3, weightKg: 66, bodyFat: 20);
        var report = await client.GetFromJsonAsync<JsonElement>($"{path}/recommendations", Cancel);

        var top = await EventuallyAsync(client, tenant, "?sort=risk", page => Ids(page).FirstOrDefault() == "m-2");
        var item = top.GetProperty("items")[0];

        Assert.Equal("high", report.GetProperty("muscleRetentionRisk").GetString());
        Assert.Equal("high", item.GetProperty("muscleRetentionRisk").GetString());
        Assert.Equal(
            report.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()),
            item.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Last_active_sort_shows_the_latest_run_day_first()
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Ana", "Lopez"), ("m-2", "Bo", "Berg")));
        (await client.PostAsJsonAsync(tenant.AthletePath("m-2") + "/runs", Run("r-1", TestDates.MorningOf(TestDates.DaysAgo(2))), Cancel)).EnsureSuccessStatusCode();

        var page = await EventuallyAsync(client, tenant, "?sort=lastActive", page => Ids(page).FirstOrDefault() == "m-2");

        Assert.Equal(TestDates.Iso(TestDates.DaysAgo(2)), page.GetProperty("items")[0].GetProperty("lastActivityOn").GetString());
    }

    [Fact]
    public async Task A_staff_edit_of_the_name_shows_in_the_directory()
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Ana", "Lopez")));

        (await client.PatchAsJsonAsync(tenant.AthletePath("m-1") + "/member", new { lastName = "Zapata" }, Cancel)).EnsureSuccessStatusCode();

        var page = await EventuallyAsync(client, tenant, "?q=zap", page => Ids(page).SequenceEqual(["m-1"]));
        Assert.Equal("Zapata", Text(page.GetProperty("items")[0], "lastName"));
    }

    [Fact]
    public async Task Paging_while_an_import_adds_members_neither_skips_nor_repeats_anyone()
    {
        var (client, tenant) = await NewGymAsync();
        var first = Enumerable.Range(0, 300).Select(i => ($"a-{i:D3}", Names[i % Names.Length], Names[(i * 7) % Names.Length])).ToArray();
        var second = Enumerable.Range(0, 300).Select(i => ($"b-{i:D3}", Names[(i * 3) % Names.Length], Names[(i * 5) % Names.Length])).ToArray();
        await ImportCompletedAsync(client, tenant, Rows(first));

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", Csv(Rows(second)), Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var seen = new List<string>();
        string? next = null;
        do
        {
            var page = await PageAsync(client, tenant, $"?limit=7{(next is null ? "" : "&after=" + Uri.EscapeDataString(next))}");
            seen.AddRange(Ids(page));
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);
        await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(first, member => Assert.Contains(member.Item1, seen));
        Assert.Equal(600, (await PageAsync(client, tenant, "?limit=1")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_athlete_created_without_an_import_is_listed_without_a_name_after_the_named_members()
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Ana", "Lopez")));
        (await client.PutAsJsonAsync(tenant.AthletePath("walk-in"), Profile(), Cancel)).EnsureSuccessStatusCode();

        var page = await EventuallyAsync(client, tenant, "", page => Ids(page).Count == 2);

        Assert.Equal(["m-1", "walk-in"], Ids(page));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("items")[1].GetProperty("lastName").ValueKind);
    }

    [Theory]
    [InlineData("?sort=age", "sort")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?after=not-a-cursor", "after")]
    public async Task A_bad_parameter_answers_400_naming_it(string query, string field)
    {
        var (client, tenant) = await NewGymAsync();

        using var response = await client.GetAsync($"/api/t/{tenant.Id}/athletes{query}", Cancel);

        Assert.Equal([field], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_search_over_100_characters_answers_400_naming_q()
    {
        var (client, tenant) = await NewGymAsync();

        using var response = await client.GetAsync($"/api/t/{tenant.Id}/athletes?q={new string('a', 101)}", Cancel);

        Assert.Equal(["q"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_cursor_of_another_sort_answers_400_naming_after()
    {
        var (client, tenant) = await NewGymAsync();
        await ImportCompletedAsync(client, tenant, Rows(("m-1", "Ana", "Lopez"), ("m-2", "Bo", "Berg")));
        var next = (await PageAsync(client, tenant, "?sort=name&limit=1")).GetProperty("next").GetString();

        using var response = await client.GetAsync($"/api/t/{tenant.Id}/athletes?sort=risk&after={next}", Cancel);

        Assert.Equal(["after"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    private static readonly string[] Names = ["Berg", "Åberg", "Müller", "Lie", "Groß", "Ng", "Ødegård", "Nuñez", "Zhang", "O'Neil", "Smith"];

    private static string Rows(params (string ExternalId, string First, string Last)[] members)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var (id, first, last) in members)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{id},{first},{last},{id}@example.com,female,1990,168,60,maintain\n");
        }

        return csv.ToString();
    }

    private static async Task MeasureAsync(HttpClient client, string path, int daysAgo, double weightKg, double bodyFat)
    {
        var body = new { date = TestDates.Iso(TestDates.DaysAgo(daysAgo)), weightKg, bodyFatPercent = bodyFat, bodyFatMethod = "dexa" };
        (await client.PostAsJsonAsync(path + "/measurements", body, Cancel)).EnsureSuccessStatusCode();
    }

    private static async Task ImportCompletedAsync(HttpClient client, TestTenant tenant, string csv) =>
        Assert.Equal("completed", (await ImportAsync(client, tenant, csv)).GetProperty("status").GetString());

    private static Task<JsonElement> PageAsync(HttpClient client, TestTenant tenant, string query) =>
        client.GetFromJsonAsync<JsonElement>($"/api/t/{tenant.Id}/athletes{query}", Cancel);

    /// <summary>Reads the page until <paramref name="done"/>: an athlete's own writes reach the directory a moment after they are acknowledged.</summary>
    private static async Task<JsonElement> EventuallyAsync(HttpClient client, TestTenant tenant, string query, Func<JsonElement, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(5);
        while (true)
        {
            var page = await PageAsync(client, tenant, query);
            if (done(page))
            {
                return page;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Not shown within 5 s: {page}");
            await Task.Delay(50, Cancel);
        }
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("athleteId").GetString()!)];

    private static string? Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<(HttpClient Client, TestTenant Tenant)> NewGymAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
