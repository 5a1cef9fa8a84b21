using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using RunStrong.Web.Api;
using RunStrong.Web.Components;

namespace RunStrong.Web.Hosting;

/// <summary>Adds the pages to a host (the gateway): Razor components rendered on the server, their assets, their API client.</summary>
public static class WebHosting
{
    public static IServiceCollection AddRunStrongWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddHttpContextAccessor();
        services.AddSingleton<SelfAddress>();
        services.AddScoped<PublicApi>();
        services.AddHttpClient(PublicApi.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            // The pages call their own gateway on loopback: no proxy, and no cookies of the handler's own (each call carries the caller's).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false, UseCookies = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) });
        return services;
    }

    /// <summary>Security headers on every page response and the embedded assets; call before the endpoints run.</summary>
    public static IApplicationBuilder UseRunStrongWebAssets(this IApplicationBuilder app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/app", StringComparison.Ordinal), pages => pages.UseMiddleware<PageSecurityHeaders>());
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebHosting).Assembly, "RunStrong.Web.Assets"),
            RequestPath = WebPaths.Assets,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "no-cache",
        });
    }

    /// <summary>The pages, behind <paramref name="policy"/> (the sign-in page opts out with [AllowAnonymous]).</summary>
    public static RazorComponentsEndpointConventionBuilder MapRunStrongWeb(this IEndpointRouteBuilder endpoints, string policy, string rateLimitPolicy)
    {
        var pages = endpoints.MapRazorComponents<App>();
        pages.RequireAuthorization(policy);
        pages.RequireRateLimiting(rateLimitPolicy);
        return pages;
    }

    /// <summary>Appended to asset URLs: a new build gets new URLs, so browsers may cache assets for a year.</summary>
    public static string AssetVersion { get; } = typeof(WebHosting).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public static string Asset(string file) => $"{WebPaths.Assets}/{file}?v={AssetVersion}";

    internal static Assembly Assembly => typeof(WebHosting).Assembly;
}
