namespace RunStrong.Gateway.Tests.Deploy;

/// <summary>
/// The Prometheus rules, scrape configs and Grafana dashboard in infra/deploy, checked with real parsers (promtool's
/// rule format through <c>yaml</c>, PromQL through Prometheus's own lezer grammar) and against the live platform:
/// every metric name they select is one the silo or gateway serves after ordinary traffic.
/// </summary>
public sealed class OpsAssetsTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rules_dashboard_and_scrape_configs_parse_and_cite_their_docs()
    {
        var report = await OpsAssetsValidator.CheckRepositoryAsync(Cancel);

        Assert.True(report.Errors.Count == 0, $"Ops asset errors:\n{string.Join("\n", report.Errors)}");
        var alerts = report.Expressions.Count(e => e.Where.Contains(" rule RunStrong", StringComparison.Ordinal));
        var panels = report.Expressions.Count(e => e.Where.Contains("runstrong-dashboard.json panel", StringComparison.Ordinal));
        Assert.True(alerts >= 20, $"{alerts} alerting rules");
        Assert.True(panels >= 30, $"{panels} dashboard targets");
        Assert.All(report.Expressions, e => Assert.NotEmpty(e.Metrics));
    }

    [Fact]
    public async Task The_validator_refuses_what_promtool_and_the_PromQL_grammar_refuse()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"runstrong-broken-rules-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(broken, """
            groups:
              - name: twice
                rules:
                  - record: bad-name
                    expr: up
                  - record: both:record
                    alert: AndAlert
                    expr: up
                  - alert: Same
                    expr: sum(rate(x_total[5m])
                    for: 5 minutes
                    labels: { severity: 1 }
                    annotations: { summary: s, description: d, runbook_url: docs/OPERATIONS.md#nowhere, docs_row: 5xx rate }
                  - alert: Same
                    expr: up{job="elsewhere"} == 0
                    labels: { severity: warning }
                    annotations: { summary: s, description: d, runbook_url: docs/OPERATIONS.md#a-a-dead-silo, docs_row: no such row }
              - name: twice
                rules: []
            extra: true
            """, Cancel);
        try
        {
            var report = await OpsAssetsValidator.CheckAsync(broken, null, OpsAssetsValidator.ScrapeConfigs, OpsAssetsValidator.Operations, Cancel);

            string[] expected =
            [
                "field 'extra' not allowed", "record 'bad-name' is not a valid metric name", "exactly one of record and alert",
                "syntax error", "'5 minutes' is not a duration", "label 'severity' must be a string", "alert name repeated",
                "group name repeated", "non-empty `rules`", "job 'elsewhere'", "'docs/OPERATIONS.md#nowhere'", "docs_row 'no such row'",
            ];
            var missed = expected.Where(e => !report.Errors.Any(error => error.Contains(e, StringComparison.Ordinal))).ToList();
            Assert.True(missed.Count == 0, $"Not reported: {string.Join(" | ", missed)}\nReported:\n{string.Join("\n", report.Errors)}");
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task Every_metric_the_rules_and_dashboard_select_is_served_by_the_platform()
    {
        var report = await OpsAssetsValidator.CheckRepositoryAsync(Cancel);
        var traffic = new MetricsTraffic(fixture.Platform);
        await traffic.RunAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(400), Cancel); // past the exporter's 300 ms response cache
        var gateway = await traffic.ScrapeGatewayAsync();
        var silo = await traffic.ScrapeSiloAsync();
        var served = gateway.Samples.Concat(silo.Samples).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        // Failure-only Orleans counters: the instrument exists under that name, and the naming rule is the one the
        // scrape shows for Orleans' unit-less counters that did record.
        var counters = FailureOnlyInstruments.UnitlessOrleansCounters();
        var derivedAndServed = counters.Select(FailureOnlyInstruments.PrometheusName).Where(served.Contains).Distinct().ToList();
        Assert.True(derivedAndServed.Count >= 3, $"The naming rule matched only {derivedAndServed.Count} served Orleans counters: {string.Join(", ", derivedAndServed)}");
        var failureOnly = FailureOnlyInstruments.Names
            .Where(n => counters.Any(c => c.Name == n.Value && FailureOnlyInstruments.PrometheusName(c) == n.Key))
            .Select(n => n.Key).ToHashSet(StringComparer.Ordinal);

        var missing = report.Metrics
            .Where(name => !served.Contains(name) && !report.Recorded.Contains(name)
                && !SeriesFromOutsideRunStrong.Names.ContainsKey(name) && !failureOnly.Contains(name))
            .Select(name => $"{name} (selected by {string.Join("; ", report.Expressions.Where(e => e.Metrics.Contains(name)).Select(e => e.Where).Take(3))})")
            .ToList();
        Assert.True(missing.Count == 0, $"Selected by the rules or dashboard but not served by the platform:\n{string.Join("\n", missing)}");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{report.Metrics.Count} names selected by {report.Expressions.Count} expressions: {report.Metrics.Count(served.Contains)} served, " +
            $"{report.Metrics.Count(report.Recorded.Contains)} recorded by the rules, {report.Metrics.Count(SeriesFromOutsideRunStrong.Names.ContainsKey)} from outside, " +
            $"{failureOnly.Count(n => !served.Contains(n))} failure-only Orleans counters found as instruments ({string.Join(", ", failureOnly.Where(n => !served.Contains(n)))}).");

        // The allowances stay honest: each is selected somewhere, and no RunStrong host serves an "outside" series.
        var unused = SeriesFromOutsideRunStrong.Names.Keys.Concat(FailureOnlyInstruments.Names.Keys).Where(n => !report.Metrics.Contains(n)).ToList();
        Assert.True(unused.Count == 0, $"Allowed but selected by nothing: {string.Join(", ", unused)}");
        Assert.DoesNotContain(SeriesFromOutsideRunStrong.Names.Keys, served.Contains);
        var unverified = FailureOnlyInstruments.Names.Keys.Where(n => !failureOnly.Contains(n) && !served.Contains(n)).ToList();
        Assert.True(unverified.Count == 0, $"No unit-less Orleans counter published for: {string.Join(", ", unverified)}");
    }
}
