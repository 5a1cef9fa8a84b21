using System.ComponentModel;
using RunStrong.Cli.Api;

namespace RunStrong.Cli.Commands;

/// <summary>A tenant and its API key, for the tenant-scoped commands.</summary>
internal class TenantSettings : ConnectionSettings
{
    [CommandOption("-t|--tenant <ID>", isRequired: true)]
    [Description("The tenant (gym) id.")]
    public string Tenant { get; init; } = "";

    [CommandOption("-k|--key <API_KEY>")]
    [Description("The tenant's API key (default: RUNSTRONG_API_KEY).")]
    public string? Key { get; init; }

    public RunStrongApiClient Client(CliEnvironment environment) => RunStrongApiClient.ForTenant(
        Gateway(environment),
        environment.ApiKey(Key) ?? throw new UsageException("No API key: pass --key or set RUNSTRONG_API_KEY."));
}
