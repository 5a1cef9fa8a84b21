using System.Text.Json;
using static RunStrong.Gateway.Tests.Activities.ActivityUploads;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Activities;

/// <summary>Listing, reading, downloading and deleting activities.</summary>
public sealed class ActivityReadRoutesTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Activities_list_newest_first_a_page_at_a_time_within_from_and_to()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var ids = new Dictionary<int, string>();
        foreach (var daysAgo in new[] { 3, 1, 5, 2, 4 })
        {
            var file = ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(daysAgo), 7), TimeSpan.FromMinutes(20 + daysAgo));
            ids[daysAgo] = (await UploadOkAsync(client, athlete, file)).GetProperty("id").GetString()!;
        }

        var pages = new List<JsonElement> { await client.GetFromJsonAsync<JsonElement>($"{athlete}/activities?limit=2", Cancel) };
        while (pages[^1].GetProperty("next").GetString() is { } next)
        {
            pages.Add(await client.GetFromJsonAsync<JsonElement>($"{athlete}/activities?limit=2&after={next}", Cancel));
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.GetProperty("items").GetArrayLength()));
        var listed = pages.SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal([ids[1], ids[2], ids[3], ids[4], ids[5]], listed.Select(a => a.GetProperty("id").GetString()));
        Assert.All(listed, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("laps").ValueKind));

        var range = await client.GetFromJsonAsync<JsonElement>($"{athlete}/activities?from={TestDates.Iso(TestDates.DaysAgo(4))}&to={TestDates.Iso(TestDates.DaysAgo(2))}", Cancel);
        Assert.Equal([ids[2], ids[3], ids[4]], range.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task One_activity_reads_with_its_laps_and_deleting_it_removes_its_run_and_file()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var id = (await UploadOkAsync(client, athlete, Fixture("activity-small-fenix2-run.fit"))).GetProperty("id").GetString();

        var activity = await client.GetFromJsonAsync<JsonElement>($"{athlete}/activities/{id}", Cancel);
        Assert.Equal(4, activity.GetProperty("laps").GetArrayLength());
        Assert.Equal(9.0082, activity.GetProperty("distanceKm").GetDouble(), 0.09);

        using var deleted = await client.DeleteAsync($"{athlete}/activities/{id}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"{athlete}/activities/{id}", Cancel);
        await AssertProblemAsync(gone, HttpStatusCode.NotFound);
        using var file = await client.GetAsync($"{athlete}/activities/{id}/file", Cancel);
        await AssertProblemAsync(file, HttpStatusCode.NotFound);
        using var again = await client.DeleteAsync($"{athlete}/activities/{id}", Cancel);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
        var weeks = await client.GetFromJsonAsync<JsonElement>($"{athlete}/weeks?from=2015-08-10&to=2015-08-16", Cancel);
        Assert.All(weeks.GetProperty("items").EnumerateArray(), w => Assert.Equal(0, w.GetProperty("runs").GetInt32()));
    }

    [Theory]
    [InlineData("activities/not-an-id", "activityId")]
    [InlineData("activities/20130206T121114Z-zz/file", "activityId")]
    [InlineData("activities?limit=0", "limit")]
    [InlineData("activities?after=nope", "after")]
    [InlineData("activities?from=2025-13-01", "from")]
    public async Task Bad_ids_and_queries_are_400_naming_them(string path, string field)
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);

        using var response = await client.GetAsync($"{athlete}/{path}", Cancel);

        Assert.Contains(field, ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Another_athletes_activity_is_404()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var id = (await UploadOkAsync(client, athlete, ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(1), 9), TimeSpan.FromMinutes(25)))).GetProperty("id").GetString();
        var other = athlete[..athlete.LastIndexOf('/')] + "/someone-else";

        using var response = await client.GetAsync($"{other}/activities/{id}", Cancel);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
