using System.Net;

namespace RunStrong.Cli.Tests;

/// <summary>`runstrong import` against the in-process platform: upload, follow, summarize, save refused rows.</summary>
public sealed class ImportCommandTests(PlatformFixture fixture) : IDisposable
{
    private readonly MemberFiles files = new();

    [Fact]
    public async Task A_clean_file_imports_every_member_and_exits_0_with_the_counts()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Members("ok", 3));

        var run = await ImportAsync(tenant, file);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"created\W+3\b", run.Output);
        Assert.Matches(@"failed\W+0\b", run.Output);
        Assert.Matches(@"completed", run.Output);
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        using var athlete = await client.GetAsync(tenant.AthletePath("ok-2"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, athlete.StatusCode);
    }

    [Fact]
    public async Task The_same_file_again_counts_every_member_unchanged()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Members("again", 2));

        await ImportAsync(tenant, file);
        var again = await ImportAsync(tenant, file);

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"created\W+0\b", again.Output);
        Assert.Matches(@"unchanged\W+2\b", again.Output);
    }

    [Fact]
    public async Task Refused_rows_are_saved_next_to_the_file_and_exit_2()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Member("bad-1"), MemberFiles.Member("bad-2", sex: "robot"), MemberFiles.Member("bad-3"));

        var run = await ImportAsync(tenant, file);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"created\W+2\b", run.Output);
        Assert.Matches(@"failed\W+1\b", run.Output);
        var errors = file + ".errors.csv";
        Assert.Contains(errors, run.Output, StringComparison.Ordinal);
        var report = await File.ReadAllTextAsync(errors, TestContext.Current.CancellationToken);
        Assert.StartsWith("line,field,message", report, StringComparison.Ordinal);
        Assert.Contains("3,sex,", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_out_chooses_where_refused_rows_go()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Member("out-1", sex: "robot"));
        var errors = Path.Combine(Path.GetDirectoryName(file)!, "refused.csv");

        var run = await ImportAsync(tenant, file, "--errors-out", errors);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2,sex,", await File.ReadAllTextAsync(errors, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_validates_and_writes_nobody()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Members("dry", 2));

        var run = await ImportAsync(tenant, file, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dry run", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"created\W+0\b", run.Output);
        Assert.Matches(@"valid\W+2\b", run.Output);
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        using var athlete = await client.GetAsync(tenant.AthletePath("dry-1"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, athlete.StatusCode);
    }

    [Fact]
    public async Task Ndjson_files_are_sent_as_ndjson()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Write("members.jsonl", ["{\"externalId\":\"nd-1\",\"firstName\":\"Ana\",\"lastName\":\"Lopez\",\"sex\":\"female\",\"birthYear\":1990,\"heightCm\":168,\"weightKg\":60,\"goal\":\"build\"}"]);

        var run = await ImportAsync(tenant, file);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"created\W+1\b", run.Output);
    }

    [Fact]
    public async Task A_file_without_a_required_column_fails_the_job_and_exits_1_naming_it()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Write("members.csv", ["firstName,lastName", "Ana,Lopez"]);

        var run = await ImportAsync(tenant, file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("externalId", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_exits_1_saying_so()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-members.csv");

        var run = await CliRun.StartAsync(["import", missing, "--tenant", "some-gym", "--key", "rs_x", "--url", Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"No file at '{missing}'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_exits_1_showing_the_401_problem()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Members("nokey", 1));

        var run = await CliRun.StartAsync(["import", file, "--tenant", tenant.Id, "--key", "rs_not-a-key", "--url", Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_and_url_can_come_from_the_environment()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Members("env", 1));

        var run = await CliRun.StartAsync(
            ["import", file, "--tenant", tenant.Id],
            new Dictionary<string, string> { ["RUNSTRONG_URL"] = Url, ["RUNSTRONG_API_KEY"] = tenant.ApiKey });

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"created\W+1\b", run.Output);
    }

    [Fact]
    public async Task On_an_interactive_console_the_live_bar_shows_rows_and_rate()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Members("live", 3));

        var run = await CliRun.StartAsync(["import", file, "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", Url], interactive: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3/3 rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("rows/s", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();

    private string Url => fixture.Platform.GatewayAddress.ToString();

    private Task<CliRun> ImportAsync(TestTenant tenant, string file, params string[] options) =>
        CliRun.StartAsync(["import", file, "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", Url, .. options]);
}
