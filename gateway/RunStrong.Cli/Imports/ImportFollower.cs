using RunStrong.Cli.Api;

namespace RunStrong.Cli.Imports;

/// <summary>
/// Follows an import until it ends, with a live progress bar, then prints the summary, saves the row
/// errors and picks the exit code. Ctrl+C stops only the watching: the job keeps running on the platform.
/// </summary>
internal sealed class ImportFollower(IAnsiConsole console, RunStrongApiClient api)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<int> FollowAsync(ImportRef import, string label, string errorsPath, CancellationToken cancellationToken)
    {
        ImportJob job;
        try
        {
            job = await WatchAsync(import.Location, label, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLineInterpolated($"[yellow]Stopped following import {import.ImportId}; it keeps running on the platform.[/]");
            console.MarkupLineInterpolated($"Resume watching with: [bold]runstrong import-status {import.ImportId} --tenant {import.TenantId}[/]");
            return ExitCodes.Stopped;
        }

        console.Write(ImportSummary.Of(job));
        if (job.Status != "completed")
        {
            console.MarkupLineInterpolated($"[red]The import {job.Status}[/]{(job.FailureReason is { } reason ? ": " + reason : ".")}");
            return ExitCodes.Failed;
        }

        if (job.Failed == 0)
        {
            return ExitCodes.Success;
        }

        await api.DownloadErrorsAsync(import.Location, errorsPath, cancellationToken);
        console.MarkupLineInterpolated($"[yellow]{job.Failed} row(s) were refused;[/] every error (line, field, message) is in [bold]{Path.GetFullPath(errorsPath)}[/]");
        return ExitCodes.RowsFailed;
    }

    private Task<ImportJob> WatchAsync(string location, string label, CancellationToken cancellationToken) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(label), maxValue: 1);
                while (true)
                {
                    var job = await api.GetImportAsync(location, cancellationToken);
                    ImportProgressView.Show(task, label, job);
                    if (job.IsFinished)
                    {
                        task.StopTask();
                        return job;
                    }

                    await Task.Delay(PollInterval, cancellationToken);
                }
            });
}
