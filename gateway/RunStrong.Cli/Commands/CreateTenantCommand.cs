using System.ComponentModel;
using System.Globalization;
using RunStrong.Cli.Api;

namespace RunStrong.Cli.Commands;

/// <summary>`runstrong tenants create`: a platform admin creates a gym or club and receives its first key.</summary>
internal sealed class CreateTenantCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<CreateTenantCommand.Settings>
{
    internal sealed class Settings : ConnectionSettings
    {
        [CommandOption("--id <ID>", isRequired: true)]
        [Description("The tenant id: 3-40 of a-z, 0-9 and '-'.")]
        public string Id { get; init; } = "";

        [CommandOption("--name <NAME>", isRequired: true)]
        public string Name { get; init; } = "";

        [CommandOption("--kind <gym|club>", isRequired: true)]
        public string Kind { get; init; } = "";

        [CommandOption("--admin-key <KEY>")]
        [Description("The platform admin key (default: RUNSTRONG_ADMIN_KEY).")]
        public string? AdminKey { get; init; }

        [CommandOption("--requests-per-minute <N>")]
        public int? RequestsPerMinute { get; init; }

        [CommandOption("--burst <N>")]
        public int? Burst { get; init; }

        [CommandOption("--max-body-bytes <N>")]
        public long? MaxBodyBytes { get; init; }

        public override ValidationResult Validate() => Kind is "gym" or "club"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--kind must be gym or club, not '{Kind}'.");

        public TenantLimits? Limits => RequestsPerMinute is null && Burst is null && MaxBodyBytes is null
            ? null
            : new TenantLimits(RequestsPerMinute, Burst, MaxBodyBytes);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var adminKey = environment.AdminKey(settings.AdminKey) ?? throw new UsageException("No admin key: pass --admin-key or set RUNSTRONG_ADMIN_KEY.");
        using var api = RunStrongApiClient.ForAdmin(settings.Gateway(environment), adminKey);
        var tenant = await api.CreateTenantAsync(new NewTenant(settings.Id, settings.Name, settings.Kind, settings.Limits), cancellationToken);

        var table = new Table().Title("Tenant created").AddColumn("").AddColumn("");
        table.HideHeaders();
        table.AddRow("id", Markup.Escape(tenant.Id));
        table.AddRow("name", Markup.Escape(tenant.Name));
        table.AddRow("kind", Markup.Escape(tenant.Kind));
        table.AddRow("key id", Markup.Escape(tenant.KeyId));
        if (tenant.Limits is { } limits)
        {
            table.AddRow("limits", string.Create(CultureInfo.InvariantCulture,
                $"{limits.RequestsPerMinute} requests/min, burst {limits.Burst}, bodies up to {limits.MaxBodyBytes} bytes"));
        }

        console.Write(table);
        console.MarkupLine("[yellow]API key (shown only this once; store it now, it cannot be read back):[/]");
        console.WriteLine(tenant.ApiKey);
        return ExitCodes.Success;
    }
}
