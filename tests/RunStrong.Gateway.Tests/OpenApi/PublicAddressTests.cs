using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using RunStrong.Gateway.ApiReference;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>The server the served document names: the configured public address, else the request's own scheme and host.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("https://api.runstrong.example", "https://api.runstrong.example")]
    [InlineData("https://api.runstrong.example/", "https://api.runstrong.example")]
    [InlineData("https://edge.example:8443", "https://edge.example:8443")]
    public void A_configured_address_is_used_as_it_is_without_a_trailing_slash(string configured, string expected)
    {
        var address = new PublicAddress(Configuration(configured));

        Assert.Equal(expected, address.For(Request("http", "10.0.0.7:8080")));
    }

    [Fact]
    public void Without_one_the_request_scheme_and_host_are_the_address()
    {
        var address = new PublicAddress(Configuration(null));

        Assert.Equal("http://127.0.0.1:5080", address.For(Request("http", "127.0.0.1:5080")));
    }

    [Theory]
    [InlineData("api.runstrong.example")]
    [InlineData("ftp://api.runstrong.example")]
    [InlineData("https://api.runstrong.example/?tenant=1")]
    [InlineData("https://edge.example/runstrong")]
    public void An_address_that_is_not_an_absolute_http_address_is_refused_at_startup(string configured)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new PublicAddress(Configuration(configured)));

        Assert.Contains(PublicAddress.Setting, refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string? publicAddress) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicAddress.Setting] = publicAddress }).Build();

    private static HttpRequest Request(string scheme, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        return context.Request;
    }
}
