using System.Text.RegularExpressions;
using RunStrong.Gateway.ApiReference;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>
/// The reference page at /docs/ opens without a key, reads the gateway's own document, and loads nothing from another
/// origin (the platform may have no internet): its script comes from the gateway, and its policy keeps it there.
/// </summary>
public sealed partial class ApiReferencePageTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reference_page_opens_without_a_key_and_reads_the_served_document()
    {
        using var anonymous = fixture.Platform.Gateway();

        using var response = await anonymous.GetAsync("/docs/", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Scalar names the document relative to the application's base (the page's path less /docs/), which its
        // scalar.aspnetcore.js resolves in the browser: here the gateway's root, so /openapi/v1.json.
        Assert.True(html.Contains("\"url\":\"openapi/v1.json\"", StringComparison.Ordinal), $"The page does not read openapi/v1.json:\n{html}");
        Assert.Contains("'%2Fdocs%2F'", html, StringComparison.Ordinal);
        Assert.Equal(ApiReferenceSecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_page_without_its_trailing_slash_redirects_to_it_so_relative_assets_resolve()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Platform.GatewayAddress };

        using var response = await anonymous.GetAsync("/docs", Cancel);

        Assert.True((int)response.StatusCode is >= 300 and < 400, $"/docs answered {(int)response.StatusCode}");
        var page = new Uri(fixture.Platform.GatewayAddress, "/docs");
        Assert.Equal(new Uri(fixture.Platform.GatewayAddress, "/docs/"), new Uri(page, response.Headers.Location!));
    }

    [Fact]
    public async Task The_page_loads_its_script_from_the_gateway_and_nothing_from_another_origin()
    {
        using var anonymous = fixture.Platform.Gateway();
        var html = await anonymous.GetStringAsync("/docs/", Cancel);

        var sources = SourceAttribute().Matches(html).Select(match => match.Groups["url"].Value).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.False(Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https",
            $"The reference page loads {source} from another origin."));
        foreach (var source in sources)
        {
            using var asset = await anonymous.GetAsync(new Uri(new Uri(fixture.Platform.GatewayAddress, "/docs/"), source), Cancel);
            Assert.True(asset.IsSuccessStatusCode, $"{source} answered {(int)asset.StatusCode}");
        }

        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("""<(?:script|link)[^>]*\s(?:src|href)="(?<url>[^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();
}
