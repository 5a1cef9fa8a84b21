using System.ComponentModel;
using RunStrong.Cli.Api;
using RunStrong.Cli.Imports;

namespace RunStrong.Cli.Commands;

/// <summary>`runstrong import-status ID`: follows an import started earlier, as `import` does.</summary>
internal sealed class ImportStatusCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<ImportStatusCommand.Settings>
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<IMPORT_ID>")]
        [Description("The import id `runstrong import` printed (imp-…).")]
        public string ImportId { get; init; } = "";

        [CommandOption("--errors-out <PATH>")]
        [Description("Where to save refused rows (default: IMPORT_ID.errors.csv here).")]
        public string? ErrorsOut { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var api = settings.Client(environment);
        var import = new ImportRef(settings.Tenant, settings.ImportId, RunStrongApiClient.ImportPath(settings.Tenant, settings.ImportId));
        var errorsPath = settings.ErrorsOut ?? settings.ImportId + ".errors.csv";
        return await new ImportFollower(console, api).FollowAsync(import, settings.ImportId, errorsPath, cancellationToken);
    }
}
