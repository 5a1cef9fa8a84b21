namespace RunStrong.Gateway.ApiReference;

/// <summary>
/// The address clients reach the gateway at, as the OpenAPI document's server: <c>Gateway:PublicAddress</c> when
/// configured (behind a load balancer or TLS terminator the request's own scheme and host are not what clients
/// use), else the request's scheme and host. Never with a trailing slash: operation paths start with one.
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "Gateway:PublicAddress";

    private readonly string? configured;

    public PublicAddress(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{Setting} must be an absolute http or https address without a query, such as https://api.example.org; it is '{value}'.");
        }

        configured = value.TrimEnd('/');
    }

    public string For(HttpRequest request) =>
        configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}".TrimEnd('/');
}
