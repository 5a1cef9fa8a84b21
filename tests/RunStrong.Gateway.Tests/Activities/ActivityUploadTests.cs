using System.Text.Json;
using static RunStrong.Gateway.Tests.Activities.ActivityUploads;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Activities;

/// <summary>Uploading activity files through the gateway: what is derived and logged, idempotency, replacing typed runs.</summary>
public sealed class ActivityUploadTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_garmin_run_is_read_logged_as_a_run_and_kept_as_the_original_file()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var file = Fixture("2013-02-06-12-11-14.fit");

        var activity = await UploadOkAsync(client, athlete, file, contentType: "application/vnd.ant.fit");

        Assert.Equal("fit", activity.GetProperty("format").GetString());
        Assert.Equal("running", activity.GetProperty("sport").GetString());
        Assert.Equal("run", activity.GetProperty("loggedAs").GetString());
        Assert.Equal(DateTimeOffset.Parse("2013-02-06T12:11:14Z", System.Globalization.CultureInfo.InvariantCulture), activity.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(4.8354, activity.GetProperty("distanceKm").GetDouble(), 0.0484);
        Assert.Equal(43.752, activity.GetProperty("durationMin").GetDouble(), 0.44);
        Assert.Equal(147, activity.GetProperty("avgHeartRate").GetInt32(), 1.0);
        Assert.Equal(5, activity.GetProperty("laps").GetArrayLength());
        Assert.Equal(activity.GetProperty("id").GetString(), activity.GetProperty("logEntryId").GetString());

        using var original = await client.GetAsync($"{athlete}/activities/{activity.GetProperty("id").GetString()}/file", Cancel);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("application/vnd.ant.fit", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal(file, await original.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task The_same_file_again_plain_or_gzipped_is_the_same_activity_logged_once()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var file = ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(2), 7), TimeSpan.FromMinutes(40));

        var first = await UploadOkAsync(client, athlete, file, contentType: "application/gpx+xml");
        var again = await UploadOkAsync(client, athlete, file, HttpStatusCode.OK, contentType: "application/gpx+xml");
        var encoded = await UploadOkAsync(client, athlete, ActivityFileSamples.Gzip(file), HttpStatusCode.OK, contentType: "application/gpx+xml", contentEncoding: "gzip");
        var packed = await UploadOkAsync(client, athlete, ActivityFileSamples.Gzip(file), HttpStatusCode.OK, contentType: "application/gzip");
        var sniffed = await UploadOkAsync(client, athlete, ActivityFileSamples.Gzip(file), HttpStatusCode.OK, contentType: "application/octet-stream");

        var id = first.GetProperty("id").GetString();
        Assert.All(new[] { again, encoded, packed, sniffed }, a => Assert.Equal(id, a.GetProperty("id").GetString()));
        var runs = await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs", Cancel);
        Assert.Equal([id], runs.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(7.2, runs.GetProperty("items")[0].GetProperty("distanceKm").GetDouble(), 0.22);
    }

    [Fact]
    public async Task A_file_starting_within_two_minutes_of_a_typed_run_replaces_that_run()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var start = At(TestDates.DaysAgo(1), 6, 30);
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("typed", start.ToString("O"), distanceKm: 8), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("other-day", TestDates.MorningOf(TestDates.DaysAgo(3)), distanceKm: 5), Cancel)).EnsureSuccessStatusCode();

        var activity = await UploadOkAsync(client, athlete, ActivityFileSamples.RunGpx(start.AddSeconds(90), TimeSpan.FromMinutes(45)));

        Assert.Equal("typed", activity.GetProperty("replacedRunId").GetString());
        var runs = await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs", Cancel);
        Assert.Equal([activity.GetProperty("id").GetString(), "other-day"], runs.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_ride_is_cross_training_counted_in_no_run_km()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);

        var ride = await UploadOkAsync(client, athlete, Fixture("garmin-fenix-5-bike.fit"));

        Assert.Equal("cycling", ride.GetProperty("sport").GetString());
        Assert.Equal("crossTraining", ride.GetProperty("loggedAs").GetString());
        Assert.Equal(JsonValueKind.Null, ride.GetProperty("kind").ValueKind);
        Assert.True(ride.GetProperty("energyKcal").GetDouble() > 0);
        var runs = await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs", Cancel);
        Assert.Equal(0, runs.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_old_file_goes_into_its_weeks_totals_and_deleting_it_takes_it_back_out()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var activity = await UploadOkAsync(client, athlete, Fixture("2013-02-06-12-11-14.fit"));
        var weeksPath = $"{athlete}/weeks?from=2013-02-04&to=2013-02-10";

        var week = (await client.GetFromJsonAsync<JsonElement>(weeksPath, Cancel)).GetProperty("items")[0];
        Assert.Equal("2013-02-04", week.GetProperty("weekOf").GetString());
        Assert.Equal(1, week.GetProperty("runs").GetInt32());
        Assert.Equal(4.8354, week.GetProperty("distanceKm").GetDouble(), 0.05);

        using var deleted = await client.DeleteAsync($"{athlete}/activities/{activity.GetProperty("id").GetString()}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var after = (await client.GetFromJsonAsync<JsonElement>(weeksPath, Cancel)).GetProperty("items");
        Assert.True(after.GetArrayLength() == 0 || after[0].GetProperty("runs").GetInt32() == 0, after.GetRawText());
    }

    [Fact]
    public async Task Intervals_detected_in_a_file_reach_the_HIIT_rules()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        foreach (var daysAgo in new[] { 2, 4, 6 })
        {
            (await client.PostAsJsonAsync($"{athlete}/runs", Run($"easy-{daysAgo}", TestDates.MorningOf(TestDates.DaysAgo(daysAgo)), distanceKm: 8), Cancel)).EnsureSuccessStatusCode();
        }

        Assert.Contains("HIIT_SUGGESTED", await RuleCodesAsync(client, athlete));
        var steady = await UploadOkAsync(client, athlete, ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(3), 17), TimeSpan.FromMinutes(50), metresPerSecond: 3.1));
        Assert.Equal("easy", steady.GetProperty("kind").GetString());
        Assert.Contains("HIIT_SUGGESTED", await RuleCodesAsync(client, athlete));

        var intervals = await UploadOkAsync(client, athlete, ActivityFileSamples.IntervalGpx(At(TestDates.DaysAgo(1), 17)));

        Assert.Equal("interval", intervals.GetProperty("kind").GetString());
        Assert.DoesNotContain("HIIT_SUGGESTED", await RuleCodesAsync(client, athlete));
    }

    private static async Task<List<string>> RuleCodesAsync(HttpClient client, string athlete)
    {
        var report = await client.GetFromJsonAsync<JsonElement>($"{athlete}/recommendations", Cancel);
        return [.. report.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];
    }
}
