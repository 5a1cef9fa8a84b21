using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Authenticates a tenant's staff, or one athlete, by the API key in <c>X-Api-Key</c>: both kinds of key share the
/// format and the lookup, and the key's owner says which it is (an athlete key names its athlete). The owner
/// (tenant, kind, status, limits) is kept on the request for the policies, the rate limiter and signing. No
/// header: no result, so another scheme may answer. A suspended tenant still authenticates: refusing it is the
/// policy's job (403).
/// </summary>
public sealed class TenantKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyAuthenticator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RequestHeaders.ApiKey, out var presented))
        {
            return AuthenticateResult.NoResult();
        }

        var lookup = await keys.AuthenticateAsync(presented.Count == 1 ? presented[0] : null, Context.Connection.RemoteIpAddress);
        if (lookup.Throttled)
        {
            Context.Features.Set(lookup);
            return AuthenticateResult.Fail("Too many unknown keys from this address.");
        }

        if (lookup.Owner is not { } owner)
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        Context.Features.Set(owner);
        return AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.For(owner, Scheme.Name), Scheme.Name));
    }
}
