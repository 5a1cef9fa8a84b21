using System.ComponentModel;

namespace RunStrong.Cli.Members;

/// <summary>
/// `runstrong members erase ATHLETE_ID`: erases the athlete everywhere (a data-protection request). Irreversible,
/// so it asks first; scripts, which cannot answer, must say --yes.
/// </summary>
internal sealed class EraseMemberCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<EraseMemberCommand.Settings>
{
    internal sealed class Settings : Commands.TenantSettings
    {
        [CommandArgument(0, "<ATHLETE_ID>")]
        public string AthleteId { get; init; } = "";

        [CommandOption("-y|--yes")]
        [Description("Erase without asking (needed when not run interactively).")]
        public bool Yes { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!settings.Yes)
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                throw new UsageException("Erasing cannot be undone: pass --yes to confirm when not running interactively.");
            }

            var confirmed = await console.ConfirmAsync(
                $"Erase athlete {Markup.Escape(settings.AthleteId)} of {Markup.Escape(settings.Tenant)} and everything stored about them? This cannot be undone.",
                defaultValue: false, cancellationToken);
            if (!confirmed)
            {
                console.MarkupLine("Nothing erased.");
                return ExitCodes.Failed;
            }
        }

        using var api = settings.Client(environment);
        await api.EraseAthleteAsync(settings.Tenant, settings.AthleteId, cancellationToken);
        console.MarkupLineInterpolated($"Erased athlete [bold]{settings.AthleteId}[/].");
        return ExitCodes.Success;
    }
}
