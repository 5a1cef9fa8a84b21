using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Routes;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Authenticates the platform operator by the admin key in <c>X-Admin-Key</c>, and where the scheme's options
/// allow it as a bearer token (what a Prometheus scrape config sends: <see cref="GatewaySchemes.AdminBearer"/>). A wrong key is charged to the client address like an unknown API key; an address
/// that used up its allowance is refused (429) without its key being compared.
/// </summary>
public sealed class AdminKeyHandler(
    IOptionsMonitor<AdminKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminKeyVerifier admin, KeyLookupLimiter attempts)
    : AuthenticationHandler<AdminKeyOptions>(options, logger, encoder)
{
    public static ClaimsPrincipal Operator(string scheme) =>
        new(new ClaimsIdentity([new Claim(GatewaySchemes.CallerKindClaim, nameof(CallerKinds.Admin))], scheme));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented() is not { } key)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Only wrong keys are charged, and an address past its allowance is not even checked: guessing stops there.
        var client = Context.Connection.RemoteIpAddress;
        if (!attempts.HasAllowance(client))
        {
            Context.Features.Set(KeyLookup.TooMany);
            return Task.FromResult(AuthenticateResult.Fail("Too many key attempts from this address."));
        }

        if (admin.IsAdmin(key))
        {
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Operator(Scheme.Name), Scheme.Name)));
        }

        attempts.TryLookup(client);
        return Task.FromResult(AuthenticateResult.Fail("Wrong admin key."));
    }

    private string? Presented()
    {
        if (Request.Headers.TryGetValue(RequestHeaders.AdminKey, out var header))
        {
            return header.Count == 1 ? header[0] : "";
        }

        return Options.AcceptsBearerToken && AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var authorization)
            && string.Equals(authorization.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
                ? authorization.Parameter ?? ""
                : null;
    }
}
