using RunStrong.Testing.Metrics;

namespace RunStrong.Gateway.Tests.Metrics;

/// <summary>The exposition parser the metrics tests rely on: it reads what the formats allow and refuses what they do not.</summary>
public sealed class PrometheusExpositionTests
{
    [Fact]
    public void The_classic_format_parses_with_its_escapes_timestamps_and_trailing_commas()
    {
        var text = """
            # A free comment is allowed in the classic format.
            # HELP requests_total Requests, with a \\ backslash and a\nline feed.
            # TYPE requests_total counter
            requests_total{route="/api/t/{tenantId}",path="C:\\dir",quote="say \"hi\"",multi="a\nb"} 3 1700000000000
            requests_total{route="/x", } 0

            # TYPE temperature gauge
            temperature -1.5e3
            # TYPE latency_seconds histogram
            latency_seconds_bucket{route="/x",le="5E-06"} 1
            latency_seconds_bucket{route="/x",le="0.1"} 2
            latency_seconds_bucket{route="/x",le="+Inf"} 4
            latency_seconds_sum{route="/x"} 0.75
            latency_seconds_count{route="/x"} 4

            """;

        var exposition = PrometheusExposition.Parse(text, ExpositionFormat.Text004);

        var requests = exposition.Family("requests_total");
        Assert.Equal(("counter", "Requests, with a \\ backslash and a\nline feed."), (requests.Type, requests.Help));
        var first = requests.Samples[0];
        Assert.Equal(("C:\\dir", "say \"hi\"", "a\nb", "1700000000000"), (first.Labels["path"], first.Labels["quote"], first.Labels["multi"], first.Timestamp));
        Assert.Equal(-1500, exposition.Sum("temperature"));
        Assert.Equal(4, exposition.Sum("latency_seconds_count", ("route", "/x")));
        Assert.Equal(3, exposition.Family("latency_seconds").Samples.Count(s => s.Name == "latency_seconds_bucket"));
    }

    [Fact]
    public void OpenMetrics_parses_with_units_created_samples_info_and_exemplars()
    {
        var text = """
            # TYPE target info
            # HELP target Target metadata
            target_info{service_name="silo"} 1
            # TYPE requests counter
            # UNIT requests bytes
            # HELP requests Requests.
            requests_total{kind="run"} 2 # {trace_id="abc"} 1 1700000000.5
            requests_created{kind="run"} 1700000000.25
            # TYPE lag_seconds histogram
            # UNIT lag_seconds seconds
            lag_seconds_bucket{le="1"} 0
            lag_seconds_bucket{le="+Inf"} 1
            lag_seconds_sum 2.5
            lag_seconds_count 1
            lag_seconds_created 1700000000
            # EOF
            """;

        // UNIT must be the family name's suffix: "requests" has none, so this document is refused ...
        Assert.Contains("UNIT", Assert.Throws<FormatException>(() => PrometheusExposition.Parse(text + "\n", ExpositionFormat.OpenMetrics)).Message, StringComparison.Ordinal);

        // ... and without that line it parses.
        var exposition = PrometheusExposition.Parse(text.Replace("# UNIT requests bytes\n", "", StringComparison.Ordinal) + "\n", ExpositionFormat.OpenMetrics);
        Assert.Equal("counter", exposition.Family("requests").Type);
        Assert.Equal(2, exposition.Sum("requests_total", ("kind", "run")));
        Assert.Equal(("histogram", "seconds"), (exposition.Family("lag_seconds").Type, exposition.Family("lag_seconds").Unit));
        Assert.Equal("info", exposition.Family("target").Type);
    }

    [Theory]
    [InlineData("no TYPE", "# HELP a_total A.\na_total 1\n")]
    [InlineData("no family at all", "a_total 1\n")]
    [InlineData("TYPE after its samples", "# TYPE a gauge\na 1\n# TYPE a gauge\n")]
    [InlineData("interleaved families", "# TYPE a gauge\na{x=\"1\"} 1\n# TYPE b gauge\nb 1\na{x=\"2\"} 1\n")]
    [InlineData("a family declared twice", "# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\n# TYPE a gauge\n")]
    [InlineData("a series twice", "# TYPE a gauge\na{x=\"1\",y=\"2\"} 1\na{y=\"2\",x=\"1\"} 2\n")]
    [InlineData("an unknown type", "# TYPE a meter\na 1\n")]
    [InlineData("a bad escape", "# TYPE a gauge\na{x=\"\\t\"} 1\n")]
    [InlineData("an unterminated label value", "# TYPE a gauge\na{x=\"1} 1\n")]
    [InlineData("a label twice", "# TYPE a gauge\na{x=\"1\",x=\"2\"} 1\n")]
    [InlineData("a reserved label name", "# TYPE a gauge\na{__name__=\"b\"} 1\n")]
    [InlineData("a label name with a dot", "# TYPE a gauge\na{http.route=\"/\"} 1\n")]
    [InlineData("a metric name with a dash", "# TYPE a-b gauge\na-b 1\n")]
    [InlineData("a value that is not a number", "# TYPE a gauge\na one\n")]
    [InlineData("a comma as decimal point", "# TYPE a gauge\na 1,5\n")]
    [InlineData("a timestamp in seconds", "# TYPE a gauge\na 1 1700000000.5\n")]
    [InlineData("a negative counter", "# TYPE a_total counter\na_total -1\n")]
    [InlineData("no value", "# TYPE a gauge\na{x=\"1\"}\n")]
    [InlineData("no final line feed", "# TYPE a gauge\na 1")]
    [InlineData("a bad escape in HELP", "# HELP a Say \\\"hi\\\".\n# TYPE a gauge\na 1\n")]
    public void The_classic_format_refuses(string what, string text)
    {
        var error = Record.Exception(() => PrometheusExposition.Parse(text, ExpositionFormat.Text004));

        Assert.True(error is FormatException, $"Accepted {what}:\n{text}");
    }

    [Theory]
    [InlineData("no +Inf bucket", "_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n")]
    [InlineData("+Inf disagreeing with _count", "_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 3\n")]
    [InlineData("buckets that are not cumulative", "_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n")]
    [InlineData("buckets out of order", "_bucket{le=\"2\"} 0\nh_bucket{le=\"1\"} 0\nh_bucket{le=\"+Inf\"} 0\nh_sum 0\nh_count 0\n")]
    [InlineData("a bucket without le", "_bucket 1\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n")]
    [InlineData("a non-numeric le", "_bucket{le=\"soon\"} 1\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n")]
    [InlineData("no _sum", "_bucket{le=\"+Inf\"} 1\nh_count 1\n")]
    [InlineData("a series with no buckets", "_bucket{x=\"a\",le=\"+Inf\"} 1\nh_sum{x=\"a\"} 1\nh_count{x=\"a\"} 1\nh_sum{x=\"b\"} 1\nh_count{x=\"b\"} 1\n")]
    [InlineData("le on _count", "_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count{le=\"+Inf\"} 1\n")]
    public void A_histogram_is_refused_with(string what, string samples)
    {
        var text = "# TYPE h histogram\nh" + samples;

        var error = Record.Exception(() => PrometheusExposition.Parse(text, ExpositionFormat.Text004));

        Assert.True(error is FormatException, $"Accepted a histogram with {what}:\n{text}");
    }

    [Theory]
    [InlineData("no EOF", "# TYPE a gauge\na 1\n")]
    [InlineData("content after EOF", "# TYPE a gauge\na 1\n# EOF\na 2\n")]
    [InlineData("an empty line", "# TYPE a gauge\n\na 1\n# EOF\n")]
    [InlineData("a free comment", "# just a comment\n# TYPE a gauge\na 1\n# EOF\n")]
    [InlineData("a counter sample without _total", "# TYPE a counter\na 1\n# EOF\n")]
    [InlineData("two spaces before the value", "# TYPE a gauge\na  1\n# EOF\n")]
    [InlineData("a blank inside a label set", "# TYPE a gauge\na{x=\"1\", y=\"2\"} 1\n# EOF\n")]
    [InlineData("a trailing comma in a label set", "# TYPE a gauge\na{x=\"1\",} 1\n# EOF\n")]
    [InlineData("an info sample other than 1", "# TYPE t info\nt_info 2\n# EOF\n")]
    [InlineData("an exemplar without labels", "# TYPE a counter\na_total 1 # 1\n# EOF\n")]
    public void OpenMetrics_refuses(string what, string text)
    {
        var error = Record.Exception(() => PrometheusExposition.Parse(text, ExpositionFormat.OpenMetrics));

        Assert.True(error is FormatException, $"Accepted {what}:\n{text}");
    }
}
