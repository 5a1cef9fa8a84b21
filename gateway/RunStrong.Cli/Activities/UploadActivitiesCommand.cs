using System.ComponentModel;
using System.Globalization;

namespace RunStrong.Cli.Activities;

/// <summary>
/// `runstrong activities upload PATH --athlete ID`: uploads one activity file, or every one in a folder (a watch's
/// or a Strava export's), a few at a time, telling each file's outcome, then sums up.
/// </summary>
internal sealed class UploadActivitiesCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<UploadActivitiesCommand.Settings>
{
    internal sealed class Settings : Commands.TenantSettings
    {
        public const int MaxParallel = 16;

        [CommandArgument(0, "<PATH>")]
        [Description("An activity file (.fit, .tcx, .gpx, or the same gzipped: .fit.gz...) or a folder of them.")]
        public string Path { get; init; } = "";

        [CommandOption("-a|--athlete <ATHLETE_ID>", isRequired: true)]
        [Description("The athlete the activities belong to.")]
        public string Athlete { get; init; } = "";

        [CommandOption("-r|--recursive")]
        [Description("Also upload the files in the folder's subfolders.")]
        public bool Recursive { get; init; }

        [CommandOption("--parallel <N>")]
        [Description("Files uploaded at once, 1-16 (default 4).")]
        public int Parallel { get; init; } = 4;

        [CommandOption("--json")]
        [Description("Print every file's result and the counts as JSON instead of progress lines and a table.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() => Parallel is < 1 or > MaxParallel
            ? ValidationResult.Error($"--parallel must be between 1 and {MaxParallel}.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var set = ActivityFileSet.Of(settings.Path, settings.Recursive);
        using var api = settings.Client(environment);
        var total = set.Files.Count;
        if (!settings.Json)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Uploading {total} activity file(s) for athlete [bold]{settings.Athlete}[/], {Math.Min(settings.Parallel, total)} at a time{(set.Skipped.Count > 0 ? $"; {set.Skipped.Count} other file(s) skipped" : "")}.");
        }

        var folder = Directory.Exists(settings.Path) ? settings.Path : null;
        var results = await new ActivityUploader(api, settings.Tenant, settings.Athlete, settings.Parallel).UploadAsync(
            set.Files,
            (done, result) =>
            {
                if (!settings.Json)
                {
                    var name = folder is null ? System.IO.Path.GetFileName(result.File) : System.IO.Path.GetRelativePath(folder, result.File);
                    console.MarkupLine(UploadProgressLine.Of(done, total, name, result));
                }
            },
            cancellationToken);

        var report = UploadReport.Of(results, set.Skipped);
        if (settings.Json)
        {
            console.WriteLine(report.ToJson());
        }
        else
        {
            console.Write(report.Summary());
        }

        return report.ExitCode;
    }
}
