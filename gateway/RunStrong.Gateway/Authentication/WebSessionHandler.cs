using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Tenants;
using RunStrong.Web.Sessions;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Authenticates a browser by its session cookie (<see cref="WebSessionCookie"/>), for the pages and for the API
/// calls their scripts make. An explicit credential header wins: a request carrying a key is never also a session.
/// An unsafe API request on a session must carry the session's anti-forgery header, or it is not authenticated at
/// all (the cookie alone, which a browser attaches by itself, never changes anything). The signed-in caller goes
/// on as the same claims and <see cref="ApiKeyOwner"/> as a key in a header, so routes, limits and signing treat
/// both alike; the pages also get a <see cref="SignedInCaller"/>.
/// </summary>
public sealed class WebSessionHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, WebSessions sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SignInPath = RunStrong.Web.WebPaths.SignInPage;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.ContainsKey(RequestHeaders.ApiKey) || Request.Headers.ContainsKey(RequestHeaders.AdminKey)
            || !Request.Cookies.TryGetValue(WebSessionCookie.Name, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return AuthenticateResult.NoResult();
        }

        var lookup = await sessions.ResumeAsync(cookie, Context.Connection.RemoteIpAddress);
        if (lookup.Throttled)
        {
            Context.Features.Set(lookup);
            return AuthenticateResult.Fail("Too many unknown sessions from this address.");
        }

        if (lookup.Owner is not { } owner)
        {
            return AuthenticateResult.Fail("The session ended (signed out, expired, or its key was revoked).");
        }

        if (IsUnsafeApiRequest() && !string.Equals(Request.Headers[WebSessionCookie.CsrfHeader], WebSessionCookie.CsrfToken(cookie), StringComparison.Ordinal))
        {
            Context.Features.Set(WebSessionRefusal.MissingCsrfToken);
            return AuthenticateResult.Fail($"An API change made on a browser session needs the page's {WebSessionCookie.CsrfHeader} header.");
        }

        Context.Features.Set(owner);
        Context.Features.Set(new SignedInCaller(owner.TenantId, owner.AthleteId, owner.Kind == TenantKind.Club, cookie));
        return AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.For(owner, Scheme.Name), Scheme.Name));
    }

    /// <summary>A page sends an unsigned-in browser to sign in, and back here afterwards; the API answers 401 itself.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!IsPage())
        {
            return base.HandleChallengeAsync(properties);
        }

        var back = Request.Path + Request.QueryString;
        Response.Redirect($"{SignInPath}?returnUrl={Uri.EscapeDataString(back)}");
        return Task.CompletedTask;
    }

    /// <summary>A page the caller may not open (a suspended tenant): back to sign-in, saying why.</summary>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (!IsPage())
        {
            return base.HandleForbiddenAsync(properties);
        }

        Response.Redirect($"{SignInPath}?problem=suspended");
        return Task.CompletedTask;
    }

    private bool IsPage() => Request.Path.StartsWithSegments("/app", StringComparison.Ordinal);

    private bool IsUnsafeApiRequest() =>
        !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method) && !HttpMethods.IsOptions(Request.Method) && !IsPage();
}
