using System.Net.Http.Json;
using System.Text.Json;

namespace RunStrong.Cli.Tests;

/// <summary>`runstrong activities upload` against the real platform, with real device files (FIT, TCX, GPX, gzipped).</summary>
public sealed class ActivitiesUploadCommandTests(PlatformFixture fixture) : IDisposable
{
    private const string AthleteId = "runner-1";

    private readonly ActivityFolder folder = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_folder_uploads_its_activity_files_refuses_junk_skips_the_rest_and_exits_2()
    {
        var tenant = await TenantWithAthleteAsync();
        ExportLikeFolder();

        var run = await UploadAsync(tenant, folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"uploaded\W+3\b", run.Output);
        Assert.Matches(@"already uploaded\W+0\b", run.Output);
        Assert.Matches(@"refused\W+1\b", run.Output);
        Assert.Matches(@"failed\W+0\b", run.Output);
        Assert.Matches(@"skipped\W+1\b", run.Output);
        Assert.Matches(@"\[\d/4\] junk\.fit refused 415", run.Output);
        Assert.Matches(@"\[\d/4\] lake\.gpx\.gz new ", run.Output);
        Assert.Contains("1 other file(s) skipped", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_folder_again_is_already_uploaded_file_by_file_in_json()
    {
        var tenant = await TenantWithAthleteAsync();
        ExportLikeFolder();
        var first = await UploadAsync(tenant, folder.Path, "--json");

        var again = await UploadAsync(tenant, folder.Path, "--json");

        Assert.Equal(2, again.ExitCode);
        using var report = JsonDocument.Parse(again.Output);
        var root = report.RootElement;
        Assert.Equal(0, root.GetProperty("uploaded").GetInt32());
        Assert.Equal(3, root.GetProperty("alreadyUploaded").GetInt32());
        Assert.Equal(1, root.GetProperty("refused").GetInt32());
        Assert.Equal(1, root.GetProperty("skipped").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToDictionary(f => Path.GetFileName(f.GetProperty("file").GetString()!));
        Assert.Equal(["junk.fit", "lake.gpx.gz", "ride.fit", "track.tcx"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("refused", files["junk.fit"].GetProperty("outcome").GetString());
        Assert.Equal("unknownFormat", files["junk.fit"].GetProperty("problem").GetString());
        Assert.Equal("alreadyUploaded", files["lake.gpx.gz"].GetProperty("outcome").GetString());
        Assert.Equal("gpx", files["lake.gpx.gz"].GetProperty("activity").GetProperty("format").GetString());
        using var earlier = JsonDocument.Parse(first.Output);
        var firstIds = earlier.RootElement.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("outcome").GetString() == "uploaded")
            .Select(f => f.GetProperty("activity").GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        var againIds = files.Values.Where(f => f.TryGetProperty("activity", out _))
            .Select(f => f.GetProperty("activity").GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(firstIds, againIds);
    }

    [Fact]
    public async Task A_single_file_is_uploaded_and_exits_0()
    {
        var tenant = await TenantWithAthleteAsync();
        var file = folder.Copy(ActivityFolder.Tcx);

        var run = await UploadAsync(tenant, file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[1/1] test.tcx new ", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"uploaded\W+1\b", run.Output);
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        var page = await client.GetFromJsonAsync<JsonElement>($"{tenant.AthletePath(AthleteId)}/activities", Cancel);
        Assert.Equal("tcx", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("format").GetString());
    }

    [Fact]
    public async Task Subfolders_are_read_only_with_recursive()
    {
        var tenant = await TenantWithAthleteAsync();
        folder.Copy(ActivityFolder.Tcx);
        folder.Copy(ActivityFolder.Fit, Path.Combine("2013", "RIDE.FIT"));

        var flat = await UploadAsync(tenant, folder.Path, "--json");
        var deep = await UploadAsync(tenant, folder.Path, "--recursive", "--json");

        Assert.Equal(1, JsonDocument.Parse(flat.Output).RootElement.GetProperty("uploaded").GetInt32());
        using var report = JsonDocument.Parse(deep.Output);
        Assert.Equal(0, deep.ExitCode);
        Assert.Equal(1, report.RootElement.GetProperty("uploaded").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("alreadyUploaded").GetInt32());
    }

    [Fact]
    public async Task A_rate_limited_tenant_still_gets_every_file_by_waiting_as_told()
    {
        var tenant = await TenantWithAthleteAsync(new { requestsPerMinute = 60, burst = 2 });
        ExportLikeFolder();

        var run = await UploadAsync(tenant, folder.Path, "--parallel", "4", "--json");

        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(3, report.RootElement.GetProperty("uploaded").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("refused").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task Without_athlete_it_is_a_usage_error()
    {
        var run = await CliRun.StartAsync(["activities", "upload", folder.Path, "--tenant", "some-gym", "--key", "rs_x", "--url", "http://127.0.0.1:9"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("athlete", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_activity_files_exits_1_saying_what_it_looks_for()
    {
        folder.Text("notes.txt", "no runs here");

        var run = await CliRun.StartAsync(["activities", "upload", folder.Path, "--athlete", AthleteId, "--tenant", "some-gym", "--key", "rs_x", "--url", "http://127.0.0.1:9"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No activity files (.fit, .tcx, .gpx", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_stops_the_upload_with_the_401_problem()
    {
        var tenant = await TenantWithAthleteAsync();
        ExportLikeFolder();

        var run = await CliRun.StartAsync(["activities", "upload", folder.Path, "--athlete", AthleteId, "--tenant", tenant.Id, "--key", "rs_not-a-key", "--url", Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private string Url => fixture.Platform.GatewayAddress.ToString();

    /// <summary>What a Strava export's activities/ folder holds: FIT, gzipped GPX, TCX, plus a broken file and a stray one.</summary>
    private void ExportLikeFolder()
    {
        folder.Copy(ActivityFolder.Fit, "ride.fit");
        folder.Gzip(ActivityFolder.Gpx, "lake.gpx.gz");
        folder.Copy(ActivityFolder.Tcx, "track.tcx");
        folder.Junk("junk.fit");
        folder.Text("notes.txt", "not an activity");
    }

    private async Task<TestTenant> TenantWithAthleteAsync(object? limits = null)
    {
        TestTenant tenant;
        if (limits is null)
        {
            tenant = await fixture.Platform.CreateTenantAsync("gym");
        }
        else
        {
            using var admin = fixture.Platform.AdminClient();
            var id = $"t-{Guid.NewGuid():N}"[..20];
            using var created = await admin.PostAsJsonAsync("/api/admin/tenants", new { id, name = $"Tenant {id}", kind = "gym", limits }, Cancel);
            created.EnsureSuccessStatusCode();
            var body = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            tenant = new TestTenant(id, body.GetProperty("apiKey").GetString()!, body.GetProperty("keyId").GetString()!);
        }

        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        var profile = new
        {
            sex = "female", birthYear = 1990, heightCm = 168, weightKg = 60.5, bodyFatPercent = 21, bodyFatMethod = "bia",
            runningExperienceMonths = 36, goal = "build", phase = "base", injuredRecently = false,
        };
        using var put = await client.PutAsJsonAsync(tenant.AthletePath(AthleteId), profile, Cancel);
        put.EnsureSuccessStatusCode();
        return tenant;
    }

    private Task<CliRun> UploadAsync(TestTenant tenant, string path, params string[] options) =>
        CliRun.StartAsync(["activities", "upload", path, "--athlete", AthleteId, "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", Url, .. options]);
}
