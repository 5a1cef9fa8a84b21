using System.Text.Json;

namespace RunStrong.Cli.Tests;

/// <summary>`runstrong members list|search|export|erase` against the real platform.</summary>
public sealed class MembersCommandTests(PlatformFixture fixture) : IDisposable
{
    private readonly MemberFiles files = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_prints_the_members_by_name_in_a_table_with_the_total()
    {
        var tenant = await GymWithMembersAsync();

        var run = await RunAsync(tenant, "members", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Output.IndexOf("Jürgen Müller", StringComparison.Ordinal) < run.Output.IndexOf("Ana Zapata", StringComparison.Ordinal), run.Output);
        Assert.Contains("3 of 3 member(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_as_json_follows_every_page_with_all()
    {
        var tenant = await GymWithMembersAsync();

        var run = await RunAsync(tenant, "members", "list", "--limit", "1", "--all", "--json");

        Assert.Equal(0, run.ExitCode);
        using var page = JsonDocument.Parse(run.Output);
        Assert.Equal(["cli-2", "cli-3", "cli-1"], page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("athleteId").GetString()));
        Assert.Equal(3, page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task One_page_of_several_prints_how_to_continue()
    {
        var tenant = await GymWithMembersAsync();

        var run = await RunAsync(tenant, "members", "list", "--limit", "2");

        Assert.Contains("2 of 3 member(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("--after ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_folds_accents_and_case()
    {
        var tenant = await GymWithMembersAsync();

        var run = await RunAsync(tenant, "members", "search", "MUL", "--json");

        using var page = JsonDocument.Parse(run.Output);
        Assert.Equal("cli-2", Assert.Single(page.RootElement.GetProperty("items").EnumerateArray()).GetProperty("athleteId").GetString());
    }

    [Theory]
    [InlineData("--sort", "age")]
    [InlineData("--limit", "500")]
    public async Task A_bad_option_is_refused_before_any_request(string option, string value)
    {
        var run = await CliRun.StartAsync(["members", "list", "--tenant", "some-gym", "--key", "rs_x", "--url", "http://127.0.0.1:9", option, value]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(option, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_without_yes_is_refused_when_nobody_can_confirm()
    {
        var tenant = await GymWithMembersAsync();

        var run = await RunAsync(tenant, "members", "erase", "cli-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--yes", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 of 3", (await RunAsync(tenant, "members", "list")).Output, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();

    private async Task<TestTenant> GymWithMembersAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(
            "cli-1,Ana,Zapata,ana@example.com,female,1990,168,60,maintain",
            "cli-2,Jürgen,Müller,jm@example.com,male,1985,180,80,maintain",
            "cli-3,Øyvind,Nilsen,on@example.com,male,1992,175,72,build");
        var import = await RunAsync(tenant, "import", file);
        Assert.Equal(0, import.ExitCode);
        return tenant;
    }

    private Task<CliRun> RunAsync(TestTenant tenant, params string[] args) =>
        CliRun.StartAsync([.. args, "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", fixture.Platform.GatewayAddress.ToString()]);
}
