using System.Globalization;
using RunStrong.Cli.Api;

namespace RunStrong.Cli.Imports;

/// <summary>The table printed when an import ends: what it did to the gym's members, and how long it took.</summary>
internal static class ImportSummary
{
    public static Table Of(ImportJob job)
    {
        var table = new Table()
            .Title(Markup.Escape(job.Id))
            .AddColumn("import")
            .AddColumn(new TableColumn("rows").RightAligned());
        table.AddRow("status", Status(job.Status));
        table.AddRow("created", Count(job.Created));
        table.AddRow("updated", Count(job.Updated));
        table.AddRow("unchanged", Count(job.Unchanged));
        table.AddRow("failed", job.Failed > 0 ? $"[red]{Count(job.Failed)}[/]" : Count(job.Failed));
        if (job.DryRun)
        {
            table.Caption("dry run: nothing was written");
            table.AddRow("valid", Count(job.Processed - job.Failed));
        }

        table.AddRow("duration", job.Duration is { } duration ? ImportProgressView.Clock(duration) : "-");
        return table;
    }

    private static string Status(string status) => status switch
    {
        "completed" => "[green]completed[/]",
        "failed" or "cancelled" => $"[red]{status}[/]",
        _ => Markup.Escape(status),
    };

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
