using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using RunStrong.Silo.Api.Keys;

namespace RunStrong.Silo.Tests;

/// <summary>Where the sign-in link of a new athlete key points: the configured public address, else the one the gateway forwarded.</summary>
public sealed class PublicBaseUrlTests
{
    private static PublicBaseUrl With(string? setting) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicBaseUrl.Setting] = setting }).Build());

    private static HttpRequest Request(string? forwardedProto = null, string? forwardedHost = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("10.0.0.7:8443");
        if (forwardedProto is not null)
        {
            context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        }

        if (forwardedHost is not null)
        {
            context.Request.Headers["X-Forwarded-Host"] = forwardedHost;
        }

        return context.Request;
    }

    [Theory]
    [InlineData("https://app.runstrong.example", "https://app.runstrong.example")]
    [InlineData("https://app.runstrong.example/", "https://app.runstrong.example")]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    public void The_configured_address_wins_over_what_was_forwarded(string setting, string expected) =>
        Assert.Equal(expected, With(setting).For(Request("http", "evil.example")));

    [Theory]
    [InlineData("app.runstrong.example")]
    [InlineData("ftp://app.runstrong.example")]
    [InlineData("https://app.runstrong.example/app")]
    [InlineData("https://app.runstrong.example?x=1")]
    [InlineData("https://user@app.runstrong.example")]
    public void A_setting_that_is_not_a_bare_http_origin_stops_the_start(string setting) =>
        Assert.Contains(PublicBaseUrl.Setting, Assert.Throws<InvalidOperationException>(() => With(setting)).Message);

    [Fact]
    public void Without_a_setting_the_gateways_forwarded_scheme_and_host_are_used() =>
        Assert.Equal("http://gateway.local:5080", With(null).For(Request("http", "gateway.local:5080")));

    [Fact]
    public void The_first_hop_of_a_forwarded_chain_is_the_client_facing_one() =>
        Assert.Equal("https://app.example", With("").For(Request("https, http", "app.example, internal:80")));

    [Theory]
    [InlineData("javascript", "gateway.local")]
    [InlineData("https", "gateway.local/path")]
    [InlineData("https", "user@gateway.local")]
    public void A_forwarded_value_that_is_not_an_origin_falls_back_to_the_request(string proto, string host) =>
        Assert.Equal("https://10.0.0.7:8443", With(null).For(Request(proto, host)));

    [Fact]
    public void The_sign_in_link_carries_the_key_in_its_fragment_only()
    {
        var key = ApiKey.Generate().Key;

        var link = new Uri(AthleteKeyResponse.SignInUrlOf("https://app.example", key));

        Assert.Equal(("https://app.example/app/", "", $"#key={key}"), (link.GetLeftPart(UriPartial.Path), link.Query, link.Fragment));
    }
}
