using System.Net;

namespace RunStrong.Cli.Tests;

/// <summary>`runstrong tenants create`: an admin creates a tenant and gets its first key, once.</summary>
public sealed class TenantsCreateCommandTests(PlatformFixture fixture)
{
    [Fact]
    public async Task The_printed_key_works_for_the_new_tenant()
    {
        var id = $"cli-{Guid.NewGuid():N}"[..20];

        var run = await CliRun.StartAsync(
            ["tenants", "create", "--id", id, "--name", "CLI Gym", "--kind", "gym", "--requests-per-minute", "600", "--burst", "50"],
            new Dictionary<string, string> { ["RUNSTRONG_URL"] = fixture.Platform.GatewayAddress.ToString(), ["RUNSTRONG_ADMIN_KEY"] = TestSecrets.AdminKey });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("shown only this once", run.Output, StringComparison.Ordinal);
        Assert.Contains("600 requests/min, burst 50", run.Output, StringComparison.Ordinal);
        var key = run.Output.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("rs_", StringComparison.Ordinal));
        using var client = fixture.Platform.TenantClient(key);
        using var imports = await client.GetAsync($"/api/t/{id}/imports", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, imports.StatusCode);
    }

    [Fact]
    public async Task A_taken_id_exits_1_with_the_409_problem()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("club");

        var run = await CliRun.StartAsync(["tenants", "create", "--id", tenant.Id, "--name", "Again", "--kind", "club",
            "--admin-key", TestSecrets.AdminKey, "--url", fixture.Platform.GatewayAddress.ToString()]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("409", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_fields_exit_1_naming_each_field()
    {
        var run = await CliRun.StartAsync(["tenants", "create", "--id", "X!", "--name", "Bad", "--kind", "gym", "--burst", "-5",
            "--admin-key", TestSecrets.AdminKey, "--url", fixture.Platform.GatewayAddress.ToString()]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("400", run.Output, StringComparison.Ordinal);
        Assert.Contains("id", run.Output, StringComparison.Ordinal);
        Assert.Contains("burst", run.Output, StringComparison.Ordinal);
    }
}
