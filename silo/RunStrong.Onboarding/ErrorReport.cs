using System.Text;
using nietras.SeparatedValues;

namespace RunStrong.Onboarding;

/// <summary>The row errors of an import as a CSV a gym can open next to its file: <c>line,field,message</c>.</summary>
public static class ErrorReport
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and one row per error, quoting values as RFC 4180 requires. The stream is left open.</summary>
    public static async Task WriteCsvAsync(IAsyncEnumerable<RowError> errors, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(output);

        await using var text = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await using (var writer = Sep.New(',').Writer(options => options with { Escape = true }).To(text, leaveOpen: true))
        {
            writer.Header.Add(["line", "field", "message"]);
            await foreach (var error in errors.WithCancellation(ct))
            {
                await using var row = writer.NewRow(ct);
                row["line"].Format(error.Line);
                row["field"].Set(error.Field);
                row["message"].Set(error.Message);
            }
        }

        await text.FlushAsync(ct);
    }
}
