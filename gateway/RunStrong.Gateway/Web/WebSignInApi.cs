using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Authorization;
using RunStrong.Web;
using RunStrong.Web.Sessions;

namespace RunStrong.Gateway.Web;

/// <summary>
/// Signing in to the web pages and out again. The key is posted once in a form (an athlete's sign-in link puts it
/// there from the URL fragment, which no browser sends to a server), exchanged for a session on the key's grain,
/// and never stored by the browser: the cookie holds a random secret. Problems go back to the sign-in page as a
/// code in its query, so a reload never posts the key again.
/// </summary>
public static class WebSignInApi
{
    /// <summary>The form holds a key (about 60 characters), a return path and its token; anything larger is not a sign-in.</summary>
    private const long FormBytes = 8 * 1024;

    public static IEndpointRouteBuilder MapWebSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(WebPaths.SignIn, SignInAsync).RequireRateLimiting(GatewayPolicies.ClientAddressRate).DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost(WebPaths.SignOut, SignOutAsync).RequireRateLimiting(GatewayPolicies.ClientAddressRate).DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, WebSessions sessions)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength is null or > FormBytes)
        {
            return Results.Problem("Post the sign-in form.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Back(SignInProblem.ExpiredForm, null);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = WebPaths.IsPage(form["returnUrl"]) ? form["returnUrl"].ToString() : null;
        var (lookup, cookie) = await sessions.OpenAsync(form["key"].ToString().Trim(), http.Connection.RemoteIpAddress);
        if (lookup.Throttled)
        {
            return Back(SignInProblem.TooManyAttempts, returnUrl);
        }

        if (lookup.Owner is not { } owner || cookie is null)
        {
            return Back(SignInProblem.UnknownKey, returnUrl);
        }

        if (owner.Status == RunStrong.Contracts.Tenants.TenantStatus.Suspended)
        {
            await sessions.EndAsync(cookie);
            return Back(SignInProblem.Suspended, returnUrl);
        }

        http.Response.Cookies.Append(WebSessionCookie.Name, cookie, CookieOptions(http, sessions.IdleTimeout));
        var caller = new SignedInCaller(owner.TenantId, owner.AthleteId, owner.Kind == RunStrong.Contracts.Tenants.TenantKind.Club, cookie);
        return Results.LocalRedirect(returnUrl ?? caller.Home);
    }

    /// <summary>
    /// No token needed: the SameSite=Strict cookie is never sent with another site's request, so no one else can sign
    /// you out; the session ends on its key's grain, not only in this browser.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, WebSessions sessions)
    {
        if (http.Request.Cookies.TryGetValue(WebSessionCookie.Name, out var cookie) && !string.IsNullOrEmpty(cookie))
        {
            await sessions.EndAsync(cookie);
        }

        http.Response.Cookies.Delete(WebSessionCookie.Name, CookieOptions(http, TimeSpan.Zero));
        return Results.LocalRedirect($"{WebPaths.SignInPage}?problem={SignInProblem.SignedOut}");
    }

    /// <summary>
    /// HttpOnly (no script reads it), SameSite=Strict (no other site's request carries it), Secure everywhere but a
    /// loopback address (a developer's plain-HTTP platform). The browser keeps it for the idle period; the server
    /// slides the session itself on use and ends it sooner on revocation.
    /// </summary>
    private static CookieOptions CookieOptions(HttpContext http, TimeSpan lifetime) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps || !IsLoopback(http),
        Path = "/",
        MaxAge = lifetime,
        IsEssential = true,
    };

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && (http.Request.Host.Host is "localhost" || IPAddress.TryParse(http.Request.Host.Host, out var host) && IPAddress.IsLoopback(host));

    private static RedirectHttpResult Back(string problem, string? returnUrl) =>
        TypedResults.LocalRedirect($"{WebPaths.SignInPage}?problem={problem}" + (returnUrl is null ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}"));
}
