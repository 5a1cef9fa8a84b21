using System.ComponentModel;

namespace RunStrong.Cli.Members;

/// <summary>`runstrong members export ATHLETE_ID`: saves everything stored about the athlete (a data-protection request).</summary>
internal sealed class ExportMemberCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<ExportMemberCommand.Settings>
{
    internal sealed class Settings : Commands.TenantSettings
    {
        [CommandArgument(0, "<ATHLETE_ID>")]
        public string AthleteId { get; init; } = "";

        [CommandOption("-o|--out <PATH>")]
        [Description("Where to save the JSON document (default: ATHLETE_ID.export.json here).")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var api = settings.Client(environment);
        var path = settings.Out ?? settings.AthleteId + ".export.json";

        // Written beside the target first, so a failed export never leaves a half-written file under the name asked for.
        var partial = path + ".partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await api.ExportAthleteAsync(settings.Tenant, settings.AthleteId, file, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        console.MarkupLineInterpolated($"Exported athlete [bold]{settings.AthleteId}[/] to {path} ({new FileInfo(path).Length:N0} bytes).");
        return ExitCodes.Success;
    }
}
