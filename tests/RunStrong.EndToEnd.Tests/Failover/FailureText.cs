using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// Failed requests as the fault tests report them: grouped by what went wrong, with when they came relative to
/// the fault, and errors stripped of what differs per request (trace ids) so equal failures group together.
/// </summary>
internal static partial class FailureText
{
    /// <summary>Failed attempts grouped by status and error, with when (relative to the <paramref name="fault"/> at <paramref name="faultAt"/>) the first and last came.</summary>
    public static string ByKind(IEnumerable<Outcome> failed, double faultAt, string fault)
    {
        var groups = failed.GroupBy(o => o.Status == 0 ? Shorten(o.Error) : $"{o.Status} {Shorten(o.Error)}").OrderByDescending(g => g.Count()).ToList();
        if (groups.Count == 0)
        {
            return "no failed attempt";
        }

        var text = new StringBuilder("failed attempts by kind:");
        foreach (var group in groups)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Environment.NewLine}  {group.Count(),5} x {group.Key} ({fault} {Signed(group.Min(o => o.End) - faultAt)} s to {Signed(group.Max(o => o.End) - faultAt)} s)");
        }

        return text.ToString();
    }

    /// <summary>The error without its trace id, cut short.</summary>
    public static string Shorten(string? error, int length = 160)
    {
        var text = TraceId().Replace(error ?? "", "\"traceId\":\"…\"");
        return text.Length > length ? text[..length] + "…" : text;
    }

    public static string Signed(double seconds) => seconds.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
