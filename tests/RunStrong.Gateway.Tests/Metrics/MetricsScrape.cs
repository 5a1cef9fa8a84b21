using RunStrong.Testing.Metrics;

namespace RunStrong.Gateway.Tests.Metrics;

/// <summary>One Prometheus scrape of a host's /metrics, as a scraper sees it: 200, the text format, parsed.</summary>
internal static class MetricsScrape
{
    public static async Task<Exposition> ReadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync("/metrics", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {client.BaseAddress}metrics answered {(int)response.StatusCode}: {body}");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusExposition.Parse(body, ExpositionFormat.Text004);
    }
}
