using System.Globalization;

namespace RunStrong.Benchmarks.Reporting;

/// <summary>
/// The results table of a self-timed scenario: one measure a line, its value, and the target with whether
/// it was met.
/// </summary>
public static class MeasureTable
{
    public static void WriteHeader(TextWriter output)
    {
        output.WriteLine();
        Row(output, "measure", "value", "target");
    }

    public static void Row(TextWriter output, string measure, string value, string target = "") =>
        output.WriteLine($"{measure,-48} {value,-39} {target}".TrimEnd());

    public static string Verdict(bool met, string target) => $"{target}: {(met ? "met" : "NOT met")}";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
