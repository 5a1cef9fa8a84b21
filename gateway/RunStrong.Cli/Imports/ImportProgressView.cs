using System.Globalization;
using RunStrong.Cli.Api;

namespace RunStrong.Cli.Imports;

/// <summary>
/// How a running import reads in one line: processed/total, the job's own rate, the ETA that rate gives,
/// and failures. The numbers sit in the task description so that Spectre's plain fallback (redirected
/// output, CI) prints them too, not only the live bar.
/// </summary>
internal static class ImportProgressView
{
    public static void Show(ProgressTask task, string label, ImportJob job)
    {
        task.Description = Describe(label, job);
        if (job.Total <= 0)
        {
            task.IsIndeterminate = !job.IsFinished;
            return;
        }

        task.IsIndeterminate = false;
        task.MaxValue = job.Total;
        task.Value = Math.Min(job.Processed, job.Total);
    }

    public static string Describe(string label, ImportJob job)
    {
        var name = Markup.Escape(label);
        if (job.Status == "queued" || (job.Total == 0 && !job.IsFinished))
        {
            return $"{name} [grey]{job.Status}[/]";
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"{name} {job.Processed:N0}/{job.Total:N0} rows · {job.Rate:N0} rows/s · ETA {Eta(job)}");
        return job.Failed > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{text} · [red]{job.Failed:N0} failed[/]")
            : text;
    }

    private static string Eta(ImportJob job)
    {
        var left = job.Total - job.Processed;
        if (job.IsFinished || left <= 0)
        {
            return "0:00";
        }

        return job.Rate > 0 ? Clock(TimeSpan.FromSeconds(left / job.Rate)) : "--:--";
    }

    public static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
