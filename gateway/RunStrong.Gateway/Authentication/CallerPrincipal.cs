using System.Security.Claims;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Authentication;

/// <summary>The claims of a tenant's staff or one athlete, however the key was presented (header or browser session).</summary>
public static class CallerPrincipal
{
    public static ClaimsPrincipal For(ApiKeyOwner owner, string scheme) =>
        new(new ClaimsIdentity(
            owner.AthleteId is { } athlete
                ?
                [
                    new Claim(GatewaySchemes.CallerKindClaim, nameof(CallerKinds.Athlete)), new Claim(GatewaySchemes.TenantClaim, owner.TenantId),
                    new Claim(GatewaySchemes.AthleteClaim, athlete),
                ]
                : [new Claim(GatewaySchemes.CallerKindClaim, nameof(CallerKinds.TenantStaff)), new Claim(GatewaySchemes.TenantClaim, owner.TenantId)],
            scheme));
}
