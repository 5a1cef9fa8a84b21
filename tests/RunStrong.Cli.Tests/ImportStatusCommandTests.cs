using System.Text.RegularExpressions;

namespace RunStrong.Cli.Tests;

/// <summary>`runstrong import-status` follows an import someone started earlier, as `import` does.</summary>
public sealed partial class ImportStatusCommandTests(PlatformFixture fixture) : IDisposable
{
    private readonly MemberFiles files = new();

    [Fact]
    public async Task An_earlier_import_is_followed_to_its_summary_and_its_refused_rows_saved()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        var file = files.Csv(MemberFiles.Member("st-1"), MemberFiles.Member("st-2", sex: "robot"));
        var url = fixture.Platform.GatewayAddress.ToString();
        var import = await CliRun.StartAsync(["import", file, "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", url]);
        var importId = ImportId().Match(import.Output).Value;
        var errors = Path.Combine(Path.GetDirectoryName(file)!, "status-errors.csv");

        var run = await CliRun.StartAsync(["import-status", importId, "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", url, "--errors-out", errors]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(importId, run.Output, StringComparison.Ordinal);
        Assert.Matches(@"created\W+1\b", run.Output);
        Assert.Contains("3,sex,", await File.ReadAllTextAsync(errors, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_import_exits_1_with_the_404_problem()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");

        var run = await CliRun.StartAsync(["import-status", "imp-0000000000000000", "--tenant", tenant.Id, "--key", tenant.ApiKey, "--url", fixture.Platform.GatewayAddress.ToString()]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("404", run.Output, StringComparison.Ordinal);
        Assert.Contains("imp-0000000000000000", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();

    [GeneratedRegex("imp-[0-9a-f]{16}")]
    private static partial Regex ImportId();
}
