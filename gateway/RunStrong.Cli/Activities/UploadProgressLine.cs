using System.Globalization;

namespace RunStrong.Cli.Activities;

/// <summary>
/// One line per finished file, "[N/M] name outcome what": plain lines rather than a live bar, so redirected output
/// and CI logs show every file's fate too.
/// </summary>
internal static class UploadProgressLine
{
    public static string Of(int done, int total, string name, FileUploadResult result)
    {
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        var count = string.Create(CultureInfo.InvariantCulture, $"[[{done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}]]");
        return $"{count} {Markup.Escape(name)} {Outcome(result)}";
    }

    private static string Outcome(FileUploadResult result) => result switch
    {
        { Outcome: UploadOutcome.Uploaded, Activity: { } a } => $"[green]new[/] {What(a)}",
        { Outcome: UploadOutcome.AlreadyUploaded, Activity: { } a } => $"[grey]already uploaded[/] {What(a)}",
        { Outcome: UploadOutcome.Refused } => $"[red]refused[/] {Markup.Escape(Why(result))}",
        _ => $"[red]failed[/] {Markup.Escape(Why(result))}",
    };

    private static string What(Api.UploadedActivity activity)
    {
        var text = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{activity.Sport} {activity.DistanceKm:0.00} km {activity.DurationMin:0} min on {activity.StartedAt:yyyy-MM-dd} ({activity.Id})"));
        if (activity.ReplacedRunId is { } replaced)
        {
            text += $", replacing typed run {Markup.Escape(replaced)}";
        }

        if (activity.Warnings is { Count: > 0 } warnings)
        {
            text += $" [yellow]warning: {Markup.Escape(string.Join("; ", warnings))}[/]";
        }

        return text;
    }

    private static string Why(FileUploadResult result)
    {
        var status = result.Status is { } code ? string.Create(CultureInfo.InvariantCulture, $"{code} ") : "";
        var problem = result.Problem is { } name ? $"{name}: " : "";
        return $"{status}{problem}{result.Detail}";
    }
}
