using Microsoft.AspNetCore.Http.HttpResults;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Runs before routing. Removes every client-sent <c>X-RunStrong-*</c> header, authenticates the caller
/// (tenant API key or admin key), refuses what it must (401 no or unknown key, 403 tenant key on an admin
/// route, 404 a path naming another tenant) and records the caller for routing and signing. The gateway's
/// own Prometheus endpoint (<c>/metrics</c>, served here, never proxied) is for the platform admin key only:
/// unlike the silos, the gateway faces the internet.
/// </summary>
public sealed class GatewayAuthenticationMiddleware(RequestDelegate next, ApiKeyAuthenticator apiKeys, AdminKeyVerifier admin)
{
    private static readonly PathString TenantRoutes = "/api/t";
    private static readonly PathString AdminRoutes = "/api/admin";
    private static readonly PathString OpsRoutes = "/ops";
    private static readonly PathString DashboardRoutes = "/ops/dashboard";

    /// <summary>Admin bodies are small JSON documents (a tenant, its limits): 64 KB is generous.</summary>
    private const long AdminBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        StripClientCallerHeaders(context.Request.Headers);
        var path = context.Request.Path;
        if (path.StartsWithSegments(AdminRoutes) || path.StartsWithSegments(OpsRoutes) || ServiceDefaultsExtensions.IsMetricsScrape(path))
        {
            await AdmitAdmin(context);
        }
        else if (path.StartsWithSegments(TenantRoutes, out var rest))
        {
            await AdmitTenant(context, rest);
        }
        else
        {
            await next(context);
        }
    }

    private async Task AdmitAdmin(HttpContext context)
    {
        if (admin.IsAdmin(context.Request.Headers[RequestHeaders.AdminKey]) || IsDashboardBrowser(context) || IsPrometheusScrape(context))
        {
            if (!await WithinBodyLimit(context, AdminBodyBytes))
            {
                return;
            }

            context.Features.Set(CallerContext.Admin);
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments(DashboardRoutes))
        {
            // A browser cannot send X-Admin-Key: ask it for the admin key as the HTTP Basic password.
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"RunStrong ops\", charset=\"UTF-8\"";
        }

        var presentedTenantKey = await apiKeys.AuthenticateAsync(context.Request.Headers[RequestHeaders.ApiKey]);
        await (presentedTenantKey is not null
            ? Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "Tenant keys cannot use platform-admin routes.")
            : Refuse(context, StatusCodes.Status401Unauthorized, "Unauthenticated", $"Send a valid platform admin key in {RequestHeaders.AdminKey}."));
    }

    /// <summary>
    /// A Prometheus server scraping the gateway's <c>/metrics</c> with the admin key as its bearer token
    /// (scrape_config <c>authorization: { credentials: … }</c>), which Prometheus sends without extra setup.
    /// </summary>
    private bool IsPrometheusScrape(HttpContext context) =>
        ServiceDefaultsExtensions.IsMetricsScrape(context.Request.Path)
        && AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var authorization)
        && string.Equals(authorization.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && admin.IsAdmin(authorization.Parameter);

    /// <summary>The Orleans dashboard opened in a browser: the admin key as the password of HTTP Basic auth (any user name).</summary>
    private bool IsDashboardBrowser(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(DashboardRoutes)
            || !AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var authorization)
            || !string.Equals(authorization.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || authorization.Parameter is null)
        {
            return false;
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter));
            var colon = credentials.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && admin.IsAdmin(credentials[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private async Task AdmitTenant(HttpContext context, PathString rest)
    {
        var owner = await apiKeys.AuthenticateAsync(context.Request.Headers[RequestHeaders.ApiKey]);
        if (owner is null)
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "Unauthenticated", $"Send a valid API key in {RequestHeaders.ApiKey}.");
            return;
        }

        if (owner.Status == TenantStatus.Suspended)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Tenant suspended", "This tenant is suspended; contact the platform operator.");
            return;
        }

        var (pathTenant, feature) = Segments(rest);
        if (!string.Equals(pathTenant, owner.TenantId, StringComparison.Ordinal))
        {
            // Another tenant's id gets the same answer as one that does not exist: no existence leak.
            await Refuse(context, StatusCodes.Status404NotFound, "Not found", $"No tenant '{pathTenant}'.");
            return;
        }

        if (TenantFeatures.OwnerOf(feature) is { } requiredKind && requiredKind != owner.Kind)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", $"'{feature}' is for {requiredKind.ToString().ToLowerInvariant()} tenants.");
            return;
        }

        if (!await WithinBodyLimit(context, TenantFeatures.IsImport(feature) ? TenantFeatures.ImportBodyBytes : owner.Limits.MaxBodyBytes))
        {
            return;
        }

        context.Features.Set(CallerContext.ForTenant(owner));
        context.Features.Set(owner);
        context.Request.Headers[TenantContextHeaders.TenantKind] = owner.Kind.ToString();
        await next(context);
    }

    /// <summary>
    /// Refuses a declared body over <paramref name="limit"/> with 413 before anything is forwarded, and cuts
    /// off an undeclared (chunked) one at the same size while it streams.
    /// </summary>
    private static async Task<bool> WithinBodyLimit(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"This request may carry at most {limit} bytes.");
            return false;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        return true;
    }

    private static void StripClientCallerHeaders(IHeaderDictionary headers)
    {
        List<string>? forged = null;
        foreach (var name in headers.Keys)
        {
            if (name.StartsWith(TenantContextHeaders.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                (forged ??= []).Add(name);
            }
        }

        forged?.ForEach(name => headers.Remove(name));
    }

    /// <summary>"/riverside-gym/imports/42" gives ("riverside-gym", "imports").</summary>
    private static (string Tenant, string Feature) Segments(PathString rest)
    {
        var parts = (rest.Value ?? "").Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
        return (parts.Length > 0 ? parts[0] : "", parts.Length > 1 ? parts[1] : "");
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
}
