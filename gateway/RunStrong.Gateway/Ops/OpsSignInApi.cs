using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Authorization;

namespace RunStrong.Gateway.Ops;

/// <summary>
/// Sign-in and sign-out for the ops pages. The admin key is posted once over the form (never kept by the
/// browser: no Basic auth), checked like any admin key (wrong ones are charged to the client address), and
/// exchanged for an <see cref="OpsSessions"/> cookie. Forms carry anti-forgery tokens.
/// </summary>
public static class OpsSignInApi
{
    /// <summary>The form is a few hundred bytes; anything larger is not a sign-in.</summary>
    private const long FormBytes = 4 * 1024;

    public static IEndpointRouteBuilder MapOpsSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(OpsSessions.SignInPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
                Page(http, antiforgery, returnUrl, error: null, StatusCodes.Status200OK))
            .RequireRateLimiting(GatewayPolicies.ClientAddressRate).ExcludeFromDescription();
        routes.MapPost(OpsSessions.SignInPath, SignInAsync).RequireRateLimiting(GatewayPolicies.ClientAddressRate).DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost(OpsSessions.SignOutPath, (Delegate)SignOutAsync).DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, AdminKeyVerifier admin, KeyLookupLimiter attempts)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength is null or > FormBytes)
        {
            return Results.Problem("Post the sign-in form.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Problem("The form expired or did not come from this site; load the sign-in page again.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var client = http.Connection.RemoteIpAddress;
        if (!attempts.HasAllowance(client))
        {
            http.Response.Headers.RetryAfter = "10";
            return Page(http, antiforgery, returnUrl, "Too many attempts from this address; wait a little and try again.", StatusCodes.Status429TooManyRequests);
        }

        var key = form["key"].ToString();
        if (!admin.IsAdmin(key))
        {
            attempts.TryLookup(client);
            return Page(http, antiforgery, returnUrl, "That is not the admin key.", StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(GatewaySchemes.OpsSession, OpsSessions.Operator(key));
        return Results.LocalRedirect(IsOpsPage(returnUrl) ? returnUrl : OpsSessions.LandingPath);
    }

    /// <summary>No token needed: the SameSite=Strict cookie is never sent by another site, so no one else can sign you out.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(GatewaySchemes.OpsSession);
        return Results.LocalRedirect(OpsSessions.SignInPath);
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.ContentSecurityPolicy = SignInPage.ContentSecurityPolicy;
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(
            SignInPage.Render(tokens.FormFieldName, tokens.RequestToken ?? "", IsOpsPage(returnUrl) ? returnUrl! : OpsSessions.LandingPath, error),
            "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>Only a path on this gateway's ops pages: never an absolute or protocol-relative URL (open redirect).</summary>
    private static bool IsOpsPage(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/ops/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
}
