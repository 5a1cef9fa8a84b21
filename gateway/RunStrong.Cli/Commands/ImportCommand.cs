using System.ComponentModel;
using RunStrong.Cli.Imports;

namespace RunStrong.Cli.Commands;

/// <summary>`runstrong import FILE`: uploads a member file, then follows the import it starts.</summary>
internal sealed class ImportCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<ImportCommand.Settings>
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The member file: CSV (.csv) or NDJSON (.ndjson, .jsonl).")]
        public string File { get; init; } = "";

        [CommandOption("--dry-run")]
        [Description("Validate every row and write nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--format <csv|ndjson>")]
        [Description("The file's format, when its extension does not say.")]
        public string? Format { get; init; }

        [CommandOption("--errors-out <PATH>")]
        [Description("Where to save refused rows (default: FILE.errors.csv next to the file).")]
        public string? ErrorsOut { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var file = MemberFile.Of(settings.File, settings.Format);
        using var api = settings.Client(environment);

        var (job, location) = await console.Status().StartAsync(
            $"Uploading {Markup.Escape(Path.GetFileName(file.Path))}…",
            async _ =>
            {
                await using var content = file.Open();
                return await api.StartImportAsync(settings.Tenant, content, file.ContentType, settings.DryRun, cancellationToken);
            });
        console.MarkupLineInterpolated($"Import [bold]{job.Id}[/] started{(settings.DryRun ? " (dry run)" : "")}.");

        var import = new ImportRef(settings.Tenant, job.Id, location);
        var errorsPath = settings.ErrorsOut ?? file.Path + ".errors.csv";
        return await new ImportFollower(console, api).FollowAsync(import, Path.GetFileName(file.Path), errorsPath, cancellationToken);
    }
}
