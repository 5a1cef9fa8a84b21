using System.Text.Json;
using System.Text.Json.Serialization;
using RunStrong.LocalStorage;

namespace RunStrong.Gateway.Tests.Deploy;

/// <summary>What validate-ops-assets.mjs found: errors, and the metric names every expression selects.</summary>
internal sealed record OpsAssetsReport(
    [property: JsonPropertyName("errors")] IReadOnlyList<string> Errors,
    [property: JsonPropertyName("expressions")] IReadOnlyList<SelectedMetrics> Expressions,
    [property: JsonPropertyName("recorded")] IReadOnlyList<string> Recorded,
    [property: JsonPropertyName("metrics")] IReadOnlyList<string> Metrics);

/// <summary>One PromQL expression, where it is (rule or panel) and the metric names it selects.</summary>
internal sealed record SelectedMetrics(
    [property: JsonPropertyName("where")] string Where,
    [property: JsonPropertyName("expr")] string Expr,
    [property: JsonPropertyName("metrics")] IReadOnlyList<string> Metrics);

/// <summary>
/// The ops assets of infra/deploy and the node script that checks them with real parsers: <c>yaml</c> and
/// Prometheus's own PromQL grammar (<c>@prometheus-io/lezer-promql</c>), pinned in Deploy/Validation
/// (package.json + package-lock.json) and installed with <c>npm ci</c> on first use. Needs Node.js and npm.
/// </summary>
internal static class OpsAssetsValidator
{
    private const string Script = "validate-ops-assets.mjs";

    private static readonly Lazy<NpmPackageFolder> Packages = new(() => NpmPackageFolder.Locate(
        "tests/RunStrong.Gateway.Tests/Deploy/Validation", Path.Combine("node_modules", "@prometheus-io", "lezer-promql", "package.json")));

    /// <summary>The repository root: four folders above the validation folder.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(Packages.Value.Folder, "..", "..", "..", ".."));

    public static string Rules => Path.Combine(Root, "infra", "deploy", "prometheus", "runstrong-rules.yaml");

    public static string ScrapeConfigs => Path.Combine(Root, "infra", "deploy", "prometheus", "runstrong-scrape-configs.yaml");

    public static string Dashboard => Path.Combine(Root, "infra", "deploy", "grafana", "runstrong-dashboard.json");

    public static string Operations => Path.Combine(Root, "docs", "OPERATIONS.md");

    /// <summary>Checks the repository's rules, dashboard, scrape configs and their docs links.</summary>
    public static Task<OpsAssetsReport> CheckRepositoryAsync(CancellationToken cancellationToken) =>
        CheckAsync(Rules, Dashboard, ScrapeConfigs, Operations, cancellationToken);

    public static async Task<OpsAssetsReport> CheckAsync(string rules, string? dashboard, string? scrapeConfigs, string? operations, CancellationToken cancellationToken)
    {
        var packages = Packages.Value;
        await packages.EnsureInstalledAsync(cancellationToken: cancellationToken);
        List<string> arguments = [Script, "--rules", rules];
        foreach (var (option, path) in new[] { ("--dashboard", dashboard), ("--scrape", scrapeConfigs), ("--docs", operations) })
        {
            if (path is not null)
            {
                arguments.AddRange([option, path]);
            }
        }

        var output = await packages.RunAsync("node", arguments, cancellationToken);
        return JsonSerializer.Deserialize<OpsAssetsReport>(output) ?? throw new InvalidOperationException($"{Script} printed no report: {output}");
    }
}
