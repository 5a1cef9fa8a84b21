namespace RunStrong.Silo.Api.Keys;

/// <summary>
/// The address clients reach the platform at (the gateway's public address), for links the API hands out: the
/// <see cref="Setting"/> when it is configured (<c>https://app.runstrong.example</c>), else the scheme and host the
/// gateway forwarded the request for (<c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c>, which the gateway sets
/// and never passes on from a client), else the request's own.
/// </summary>
public sealed class PublicBaseUrl
{
    public const string Setting = PublicOrigin.Setting;

    private readonly string? configured;

    // Checked at start-up: a wrong setting would otherwise show only in every link handed out.
    public PublicBaseUrl(IConfiguration configuration) => configured = PublicOrigin.FromSetting(configuration[Setting]);

    /// <summary>The origin (<c>scheme://host[:port]</c>, no trailing slash) links in the answer to <paramref name="request"/> start with.</summary>
    public string For(HttpRequest request) =>
        configured
        ?? PublicOrigin.Parse($"{First(request.Headers["X-Forwarded-Proto"]) ?? request.Scheme}://{First(request.Headers["X-Forwarded-Host"]) ?? request.Host.Value}")
        ?? $"{request.Scheme}://{request.Host.Value}";

    /// <summary>The first of a possibly comma-joined header (a proxy chain): the client-facing hop.</summary>
    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 ? null : values[0]?.Split(',')[0].Trim() is { Length: > 0 } first ? first : null;
}
