using RunStrong.Contracts.Routes;

namespace RunStrong.Gateway.ApiReference;

/// <summary>
/// The address clients reach the gateway at, as the OpenAPI document's server: the platform's public origin
/// (<see cref="PublicOrigin.Setting"/>, the same setting the silos start sign-in links with) when configured, since
/// behind a load balancer or TLS terminator the request's own scheme and host are not what clients use; else the
/// request's scheme and host. Never with a trailing slash: operation paths start with one.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration)
{
    public const string Setting = PublicOrigin.Setting;

    // Checked at start-up (the gateway resolves this before it serves): a wrong setting stops it with the rule.
    private readonly string? configured = PublicOrigin.FromSetting(configuration[Setting]);

    public string For(HttpRequest request) =>
        configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}".TrimEnd('/');
}
