namespace RunStrong.Contracts.Routes;

/// <summary>
/// The platform's public address, the one setting both hosts read: the gateway names it as the OpenAPI document's
/// server, the silos start the sign-in links they hand out with it. An origin (<c>https://app.example.com</c>) and
/// nothing more: the routes are served from the root.
/// </summary>
public static class PublicOrigin
{
    /// <summary>The configuration key (environment variable <c>RunStrong__PublicBaseUrl</c>), the same on every host.</summary>
    public const string Setting = "RunStrong:PublicBaseUrl";

    /// <summary>What the setting must be, for the error that stops a host at start.</summary>
    public const string Rule = "must be an absolute http(s) address without a path, query or fragment, e.g. https://app.example.com";

    /// <summary>The origin of <paramref name="address"/> (<c>scheme://host[:port]</c>, no trailing slash) when it is one and nothing more; null otherwise.</summary>
    public static string? Parse(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            && !address.EndsWith('?') && !address.EndsWith('#')
                ? uri.GetLeftPart(UriPartial.Authority)
                : null;

    /// <summary>The configured origin, null when <paramref name="value"/> is empty; throws naming the setting when it is not an origin.</summary>
    public static string? FromSetting(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : Parse(value.Trim().TrimEnd('/')) ?? throw new InvalidOperationException($"{Setting} {Rule}; it is '{value}'.");
}
