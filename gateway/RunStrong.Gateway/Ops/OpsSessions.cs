using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using RunStrong.Contracts.Routes;
using RunStrong.Gateway.Authentication;

namespace RunStrong.Gateway.Ops;

/// <summary>
/// The operator's browser session for the ops pages (the Orleans dashboard). Signing in with the admin key
/// gives an encrypted, HttpOnly, SameSite=Strict cookie that holds no key, only a fingerprint derived from the
/// admin key in force: rotating the admin key ends every session at its next request. Sliding expiry.
/// </summary>
public static class OpsSessions
{
    public const string SignInPath = "/ops/sign-in";
    public const string SignOutPath = "/ops/sign-out";
    public const string LandingPath = "/ops/dashboard/";
    private const string FingerprintClaim = "runstrong:admin-key-fingerprint";

    public static AuthenticationBuilder AddOpsSessions(this AuthenticationBuilder authentication, string adminKey, TimeSpan idleTimeout)
    {
        var fingerprint = Fingerprint(adminKey);
        return authentication.AddCookie(GatewaySchemes.OpsSession, options =>
        {
            options.Cookie.Name = "rs_ops";
            options.Cookie.Path = "/ops";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the gateway is reached over HTTPS (behind TLS termination, forward the scheme).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = SignInPath;
            options.LogoutPath = SignOutPath;
            options.ExpireTimeSpan = idleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = context =>
            {
                if (context.Principal?.FindFirst(FingerprintClaim)?.Value != fingerprint)
                {
                    context.RejectPrincipal();
                }

                return Task.CompletedTask;
            };
        });
    }

    public static ClaimsPrincipal Operator(string adminKey) =>
        new(new ClaimsIdentity(
            [new Claim(GatewaySchemes.CallerKindClaim, nameof(CallerKinds.Admin)), new Claim(FingerprintClaim, Fingerprint(adminKey))],
            GatewaySchemes.OpsSession));

    /// <summary>A one-way tag of the admin key: tells "signed in under the current key" without the cookie carrying it.</summary>
    private static string Fingerprint(string adminKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(adminKey), "runstrong ops session"u8)[..16]);
}
