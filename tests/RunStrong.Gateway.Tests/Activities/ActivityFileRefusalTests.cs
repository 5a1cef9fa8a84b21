using System.Text;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Activities.ActivityUploads;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Activities;

/// <summary>Files that are no usable activity: a clear 413/415/422 problem naming what is wrong, and nothing stored.</summary>
public sealed class ActivityFileRefusalTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string?> RefusedFiles => new()
    {
        { "Settings.fit", "notAnActivity", "settings" },
        { "WorkoutRepeatSteps.fit", "notAnActivity", "workout" },
        { "MonitoringFile.fit", "notAnActivity", "monitoring" },
        { "route.gpx", "noTimedTrack", null },
        { "cerknicko-without-times.gpx", "noTimedTrack", null },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_file_that_records_no_activity_is_422_saying_why(string file, string problem, string? mentions)
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);

        using var response = await UploadAsync(client, athlete, Fixture(file));

        var body = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(problem, body.GetProperty("problem").GetString());
        Assert.Contains("file", ErrorFields(body));
        if (mentions is not null)
        {
            Assert.Contains(mentions, body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        await AssertNothingStoredAsync(client, athlete);
    }

    [Fact]
    public async Task Random_bytes_are_415_and_an_empty_body_422()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        using var junk = await UploadAsync(client, athlete, random);
        using var empty = await UploadAsync(client, athlete, []);

        Assert.Equal("unknownFormat", (await AssertProblemAsync(junk, HttpStatusCode.UnsupportedMediaType)).GetProperty("problem").GetString());
        Assert.Equal("empty", (await AssertProblemAsync(empty, HttpStatusCode.UnprocessableEntity)).GetProperty("problem").GetString());
        await AssertNothingStoredAsync(client, athlete);
    }

    [Theory]
    [InlineData("application/json", null)]
    [InlineData("text/csv", null)]
    [InlineData("application/gpx+xml", "br")]
    public async Task A_body_declared_as_something_else_is_415(string contentType, string? encoding)
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);

        using var response = await UploadAsync(client, athlete, ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(1), 8), TimeSpan.FromMinutes(20)), contentType, encoding);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingStoredAsync(client, athlete);
    }

    [Fact]
    public async Task A_gzip_bomb_is_413_without_inflating_it()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        // 200 MB of zeros after a GPX start pack into about 200 KB: a thousand to one, far past any activity file.
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg>"u8);
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                gzip.Write(zeros);
            }
        }

        using var response = await UploadAsync(client, athlete, packed.ToArray(), "application/gpx+xml", "gzip");

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("expands", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(client, athlete);
    }

    [Fact]
    public async Task Broken_gzip_is_422()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var gz = ActivityFileSamples.Gzip(ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(1), 8), TimeSpan.FromMinutes(20)));
        gz[gz.Length / 2] ^= 0xFF;
        gz[(gz.Length / 2) + 1] ^= 0xFF;

        using var response = await UploadAsync(client, athlete, gz, "application/gzip");

        Assert.Equal("malformed", (await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("problem").GetString());
        await AssertNothingStoredAsync(client, athlete);
    }

    [Fact]
    public async Task Runs_too_short_to_log_and_one_dated_in_the_future_are_422()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);

        using var seconds = await UploadAsync(client, athlete, Fixture("Activity.fit"));
        using var tiny = await UploadAsync(client, athlete, ActivityFileSamples.RunGpx(At(TestDates.DaysAgo(1), 8), TimeSpan.FromMinutes(2), metresPerSecond: 0.7));
        using var future = await UploadAsync(client, athlete, ActivityFileSamples.RunGpx(At(TestDates.Today.AddDays(5), 8), TimeSpan.FromMinutes(20)));

        Assert.Equal("implausible", (await AssertProblemAsync(seconds, HttpStatusCode.UnprocessableEntity)).GetProperty("problem").GetString());
        Assert.Equal("implausible", (await AssertProblemAsync(tiny, HttpStatusCode.UnprocessableEntity)).GetProperty("problem").GetString());
        Assert.Contains("future", (await AssertProblemAsync(future, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(client, athlete);
    }

    [Fact]
    public async Task A_body_over_25_MB_is_413_at_the_gateway()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);

        using var response = await UploadAsync(client, athlete, new byte[(25 * 1024 * 1024) + 1]);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_xml_bomb_is_refused_quickly_not_expanded()
    {
        var (client, athlete) = await NewAthleteAsync(fixture.Platform);
        var bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [\n<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n");
        for (var level = 1; level <= 9; level++)
        {
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY {(char)('a' + level)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + level - 1)};", 10))}\">\n");
        }

        bomb.Append("]>\n<gpx version=\"1.1\"><trk><name>&j;</name></trk></gpx>");

        using var response = await UploadAsync(client, athlete, Encoding.UTF8.GetBytes(bomb.ToString()), "application/gpx+xml");

        Assert.True(response.StatusCode is HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}");
        await AssertNothingStoredAsync(client, athlete);
    }

    private static async Task AssertNothingStoredAsync(HttpClient client, string athlete)
    {
        var activities = await client.GetFromJsonAsync<JsonElement>($"{athlete}/activities", Cancel);
        Assert.Equal(0, activities.GetProperty("items").GetArrayLength());
        var runs = await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs", Cancel);
        Assert.Equal(0, runs.GetProperty("items").GetArrayLength());
    }
}
