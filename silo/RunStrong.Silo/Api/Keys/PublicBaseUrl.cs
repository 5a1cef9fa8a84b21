namespace RunStrong.Silo.Api.Keys;

/// <summary>
/// The address clients reach the platform at (the gateway's public address), for links the API hands out: the
/// <see cref="Setting"/> when it is configured (<c>https://app.runstrong.example</c>), else the scheme and host the
/// gateway forwarded the request for (<c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c>, which the gateway sets
/// and never passes on from a client), else the request's own.
/// </summary>
public sealed class PublicBaseUrl
{
    public const string Setting = "RunStrong:PublicBaseUrl";

    private readonly string? configured;

    public PublicBaseUrl(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        // Checked at start-up: a wrong setting would otherwise show only in every link handed out.
        configured = Origin(value.Trim().TrimEnd('/'))
            ?? throw new InvalidOperationException($"{Setting} must be an absolute http(s) address without a path, query or fragment, e.g. https://app.example.com.");
    }

    /// <summary>The origin (<c>scheme://host[:port]</c>, no trailing slash) links in the answer to <paramref name="request"/> start with.</summary>
    public string For(HttpRequest request) =>
        configured
        ?? Origin($"{First(request.Headers["X-Forwarded-Proto"]) ?? request.Scheme}://{First(request.Headers["X-Forwarded-Host"]) ?? request.Host.Value}")
        ?? $"{request.Scheme}://{request.Host.Value}";

    /// <summary>The first of a possibly comma-joined header (a proxy chain): the client-facing hop.</summary>
    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 ? null : values[0]?.Split(',')[0].Trim() is { Length: > 0 } first ? first : null;

    /// <summary>The origin of <paramref name="address"/> when it is one and nothing more; null otherwise.</summary>
    private static string? Origin(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            && !address.EndsWith('?') && !address.EndsWith('#')
                ? uri.GetLeftPart(UriPartial.Authority)
                : null;
}
