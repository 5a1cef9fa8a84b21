using Microsoft.Kiota.Abstractions;

namespace RunStrong.Client.Tests;

/// <summary>What the hand-written factory promises: the right header, to the gateway only, and who owns the HttpClient.</summary>
public sealed class ClientFactoryTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_key_headers_are_the_ones_the_gateway_reads()
    {
        Assert.Equal(RunStrong.Gateway.Authentication.RequestHeaders.ApiKey, KeyHeaders.ApiKey);
        Assert.Equal(RunStrong.Gateway.Authentication.RequestHeaders.AdminKey, KeyHeaders.AdminKey);
    }

    [Fact]
    public async Task The_key_goes_to_the_gateway_and_to_no_other_host()
    {
        var provider = new GatewayKeyAuthenticationProvider(new Uri("https://api.runstrong.example/"), KeyHeaders.ApiKey, "rs_k_secret");
        var toGateway = new RequestInformation { HttpMethod = Method.GET, URI = new Uri("https://api.runstrong.example/api/t/gym/athletes") };
        var elsewhere = new RequestInformation { HttpMethod = Method.GET, URI = new Uri("https://elsewhere.example/api/t/gym/athletes") };

        await provider.AuthenticateRequestAsync(toGateway, cancellationToken: Cancel);
        await provider.AuthenticateRequestAsync(elsewhere, cancellationToken: Cancel);

        Assert.Equal(["rs_k_secret"], toGateway.Headers[KeyHeaders.ApiKey]);
        Assert.False(elsewhere.Headers.ContainsKey(KeyHeaders.ApiKey));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://api.runstrong.example", true)]
    [InlineData("http://api.runstrong.example", false)]
    [InlineData("ftp://127.0.0.1", false)]
    public void Plain_http_is_accepted_only_to_this_machine(string gateway, bool accepted)
    {
        var create = () => RunStrongClient.Create(new Uri(gateway), "rs_k_secret");

        if (accepted)
        {
            using var client = create();
        }
        else
        {
            Assert.Throws<ArgumentException>(create);
        }
    }

    [Fact]
    public async Task Disposing_a_client_closes_its_own_http_client_and_leaves_one_passed_in_open()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var http = new HttpClient();
        var own = RunStrongClient.Create(fixture.Platform.GatewayAddress, tenant.ApiKey);
        var borrowing = RunStrongClient.Create(fixture.Platform.GatewayAddress, tenant.ApiKey, http);
        Assert.NotNull(await own.Api.T[tenant.Id].Athletes.GetAsync(cancellationToken: Cancel));
        Assert.NotNull(await borrowing.Api.T[tenant.Id].Athletes.GetAsync(cancellationToken: Cancel));

        own.Dispose();
        borrowing.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => own.Api.T[tenant.Id].Athletes.GetAsync(cancellationToken: Cancel));
        using var again = RunStrongClient.Create(fixture.Platform.GatewayAddress, tenant.ApiKey, http);
        Assert.NotNull(await again.Api.T[tenant.Id].Athletes.GetAsync(cancellationToken: Cancel));
    }
}
