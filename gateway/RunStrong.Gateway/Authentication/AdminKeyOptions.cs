using Microsoft.AspNetCore.Authentication;

namespace RunStrong.Gateway.Authentication;

/// <summary>Options of an <see cref="AdminKeyHandler"/> scheme.</summary>
public sealed class AdminKeyOptions : AuthenticationSchemeOptions
{
    /// <summary>Also take the admin key as <c>Authorization: Bearer</c> (the metrics scrape only).</summary>
    public bool AcceptsBearerToken { get; set; }
}
