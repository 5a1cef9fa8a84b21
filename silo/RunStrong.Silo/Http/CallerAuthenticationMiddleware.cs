using System.Globalization;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Http;

/// <summary>
/// Admits only requests the gateway signed: the caller headers must carry a valid, fresh HMAC. A caller
/// that reaches a silo directly gets 401, whatever headers it invents. Health probes, the Prometheus scrape
/// endpoint (silos are internal; the gateway never forwards /metrics) and the OpenAPI document need no
/// signature.
/// </summary>
public sealed class CallerAuthenticationMiddleware(RequestDelegate next, RequestSigner signer, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (ServiceDefaultsExtensions.IsHealthProbe(path) || ServiceDefaultsExtensions.IsMetricsScrape(path) || PublicDocuments.IsPublic(path))
        {
            await next(context);
            return;
        }

        var caller = ReadSignedCaller(context.Request);
        if (caller is null)
        {
            await Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthenticated",
                "Requests must come through the RunStrong gateway with a valid signature.");
            return;
        }

        context.Features.Set(caller);
        GrainCaller.Enter(caller);
        await next(context);
    }

    private CallerContext? ReadSignedCaller(HttpRequest request)
    {
        var headers = request.Headers;
        string? signature = headers[TenantContextHeaders.Signature];
        if (string.IsNullOrEmpty(signature)
            || !Enum.TryParse<CallerRole>(headers[TenantContextHeaders.Role], out var role)
            || !long.TryParse(headers[TenantContextHeaders.Timestamp], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return null;
        }

        string? tenant = headers[TenantContextHeaders.Tenant];
        TenantKind? kind = Enum.TryParse<TenantKind>(headers[TenantContextHeaders.TenantKind], out var parsedKind) ? parsedKind : null;
        var caller = role == CallerRole.Admin ? CallerContext.Admin : new CallerContext(role, tenant, kind);
        if (role == CallerRole.Tenant && (string.IsNullOrEmpty(tenant) || kind is null))
        {
            return null;
        }

        var pathAndQuery = request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        return signer.Verify(caller, request.Method, pathAndQuery, timestamp, signature, clock.GetUtcNow()) ? caller : null;
    }
}
