using System.Globalization;
using System.Text.RegularExpressions;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// The silo's storage traffic counters as its <c>/metrics</c> shows them (<c>runstrong_storage_requests_total</c>
/// and <c>runstrong_storage_request_body_bytes_total</c>, by service and method), read before and after the load,
/// so the difference divided by the acknowledged runs is what one run cost in storage requests and bytes written.
/// </summary>
public sealed partial record StorageTrafficScrape(IReadOnlyDictionary<string, long> Requests, IReadOnlyDictionary<string, long> BodyBytes)
{
    private const string RequestsSeries = "runstrong_storage_requests_total";
    private const string BytesSeries = "runstrong_storage_request_body_bytes_total";

    public long TotalRequests => Requests.Values.Sum();

    public long TotalBytes => BodyBytes.Values.Sum();

    public static async Task<StorageTrafficScrape> ReadAsync(HttpClient http, Uri siloUri, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync(new Uri(siloUri, "metrics"), cancellationToken);
        var requests = new Dictionary<string, long>(StringComparer.Ordinal);
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var match = Sample().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var target = match.Groups["name"].Value switch
            {
                RequestsSeries => requests,
                BytesSeries => bytes,
                _ => null,
            };
            if (target is null)
            {
                continue;
            }

            var labels = match.Groups["labels"].Value;
            var key = $"{Label(labels, "service")} {Label(labels, "method")}";
            target[key] = target.GetValueOrDefault(key) + (long)double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        if (requests.Count == 0)
        {
            throw new InvalidOperationException($"The silo's /metrics has no {RequestsSeries} series.");
        }

        return new StorageTrafficScrape(requests, bytes);
    }

    /// <summary>What was sent between <paramref name="before"/> and this scrape.</summary>
    public StorageTrafficScrape Since(StorageTrafficScrape before) => new(
        Requests.ToDictionary(p => p.Key, p => p.Value - before.Requests.GetValueOrDefault(p.Key), StringComparer.Ordinal),
        BodyBytes.ToDictionary(p => p.Key, p => p.Value - before.BodyBytes.GetValueOrDefault(p.Key), StringComparer.Ordinal));

    /// <summary>Requests per item by service and method, largest first, e.g. "blob PUT 1.02, table GET 0.01".</summary>
    public string RequestsPer(long items) => string.Join(", ", Requests
        .Where(p => p.Value > 0)
        .OrderByDescending(p => p.Value)
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / (double)Math.Max(1, items):0.000}")));

    private static string Label(string labels, string name)
    {
        var match = Regex.Match(labels, $"{name}=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups["value"].Value : "?";
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Sample();
}
