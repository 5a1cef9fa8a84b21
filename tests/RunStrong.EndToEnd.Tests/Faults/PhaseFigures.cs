using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RunStrong.EndToEnd.Tests.Failover;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// What the requests sent during one phase of a fault test got: how many were answered (2xx) and how fast
/// (p50, p99, slowest), how many were turned away with 503/429 and Retry-After (shed), and every other
/// failure by kind. A request belongs to the phase in which it was sent.
/// </summary>
internal sealed record PhaseFigures(
    string Name, double Seconds, int Sent, int Answered, double P50, double P99, double Slowest, int Shed, IReadOnlyDictionary<string, int> Failures)
{
    public int Failed => Failures.Values.Sum();

    public double AnsweredPerSecond => Answered / Seconds;

    public static PhaseFigures Of(string name, IReadOnlyCollection<Outcome> all, double from, double to)
    {
        var sent = all.Where(o => o.Start >= from && o.Start < to).ToList();
        var answered = sent.Where(o => o.Succeeded).Select(o => o.Latency).Order().ToArray();
        var shed = sent.Count(IsShed);
        var failures = sent.Where(o => !o.Succeeded && !IsShed(o))
            .GroupBy(Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new PhaseFigures(name, to - from, sent.Count, answered.Length, Percentile(answered, 0.50), Percentile(answered, 0.99),
            answered.Length == 0 ? double.NaN : answered[^1], shed, failures);
    }

    /// <summary>Turned away in good order: "busy, come back later", which a client can act on.</summary>
    public static bool IsShed(Outcome outcome) => outcome.Status is 503 or 429 && outcome.RetryAfter is not null;

    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{Name,-9} sent {Sent,5} ({Sent / Seconds,4:F0}/s), answered {Answered,5} ({AnsweredPerSecond,4:F0}/s) p50 {P50 * 1000,6:F0} ms p99 {P99 * 1000,6:F0} ms slowest {Slowest * 1000,6:F0} ms; shed (503/429 + Retry-After) {Shed,5}; other failures {Failed}"));
        foreach (var (kind, count) in Failures.OrderByDescending(f => f.Value))
        {
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}            {count,5} x {kind}");
        }

        return text.ToString();
    }

    /// <summary>The status and, for a problem document, its title (its trace id and detail differ per request).</summary>
    private static string Kind(Outcome outcome) => outcome.Status == 0
        ? $"no response: {FailureText.Shorten(outcome.Error, 120)}"
        : $"{outcome.Status}{(outcome.RetryAfter is not null ? " with Retry-After" : " without Retry-After")} {(ProblemTitle(outcome.Error) is { } title ? $"\"{title}\"" : FailureText.Shorten(outcome.Error, 120))}";

    private static string? ProblemTitle(string? body)
    {
        var match = body is null ? null : Regex.Match(body, "\"title\":\"([^\"]*)\"");
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    /// <summary>Nearest-rank percentile of sorted values; NaN when there are none.</summary>
    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
