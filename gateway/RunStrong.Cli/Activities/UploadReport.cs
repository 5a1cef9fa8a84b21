using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunStrong.Cli.Activities;

/// <summary>
/// How an `activities upload` run ended: the count of each outcome and of the files skipped, every file's result,
/// and the exit code that says it (as for imports: 2 when some files were refused, 1 when some failed).
/// </summary>
internal sealed record UploadReport(
    int Uploaded, int AlreadyUploaded, int Refused, int Failed, int Skipped, IReadOnlyList<FileUploadResult> Files, IReadOnlyList<string> SkippedFiles)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static UploadReport Of(IReadOnlyList<FileUploadResult> files, IReadOnlyList<string> skipped) => new(
        Count(files, UploadOutcome.Uploaded),
        Count(files, UploadOutcome.AlreadyUploaded),
        Count(files, UploadOutcome.Refused),
        Count(files, UploadOutcome.Failed),
        skipped.Count,
        files,
        skipped);

    /// <summary>A failure (worth retrying) outranks a refusal (the file must change), as in <see cref="ExitCodes"/>.</summary>
    public int ExitCode => Failed > 0 ? ExitCodes.Failed : Refused > 0 ? ExitCodes.FilesRefused : ExitCodes.Success;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public Table Summary()
    {
        var table = new Table().Title("Activity upload").AddColumn("files").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("uploaded", Number(Uploaded));
        table.AddRow("already uploaded", Number(AlreadyUploaded));
        table.AddRow("refused", Refused > 0 ? $"[red]{Number(Refused)}[/]" : Number(Refused));
        table.AddRow("failed", Failed > 0 ? $"[red]{Number(Failed)}[/]" : Number(Failed));
        table.AddRow("skipped", Number(Skipped));
        return table;
    }

    private static int Count(IReadOnlyList<FileUploadResult> files, UploadOutcome outcome) => files.Count(f => f.Outcome == outcome);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
