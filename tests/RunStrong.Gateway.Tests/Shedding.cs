using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Hosting;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// A <see cref="LoadShedding"/> middleware as the gateway builds it (its admission limit and metrics on a meter
/// factory of their own), over a given next step, with tenant requests to send through it.
/// </summary>
internal sealed class Shedding
{
    private Shedding(RequestDelegate next, Action<GatewaySettings> configure, TimeProvider? time)
    {
        var services = new ServiceCollection().AddMetrics();
        services.Configure(configure);
        var provider = services.BuildServiceProvider();
        Settings = provider.GetRequiredService<IOptionsMonitor<GatewaySettings>>();
        Time = time ?? TimeProvider.System;
        Limit = new AdmissionLimit(Settings, Time);
        MeterFactory = provider.GetRequiredService<IMeterFactory>();
        Metrics = new SheddingMetrics(MeterFactory, Limit);
        Middleware = new LoadShedding(next, Settings, Limit, Metrics, Time);
    }

    public IOptionsMonitor<GatewaySettings> Settings { get; }

    public TimeProvider Time { get; }

    public AdmissionLimit Limit { get; }

    public IMeterFactory MeterFactory { get; }

    public SheddingMetrics Metrics { get; }

    public LoadShedding Middleware { get; }

    public static Shedding Over(RequestDelegate next, int maxConcurrent = 512, Action<GatewaySettings>? configure = null, TimeProvider? time = null) =>
        new(next, settings =>
        {
            settings.MaxConcurrentRequests = maxConcurrent;
            configure?.Invoke(settings);
        }, time);

    public Task InvokeAsync(HttpContext context) => Middleware.InvokeAsync(context);

    /// <summary>A tenant's request, to <paramref name="rule"/>'s route when given.</summary>
    public static DefaultHttpContext TenantRequest(RouteRule? rule = null)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Features.Set(new ApiKeyOwner("club-1", TenantKind.Club, TenantStatus.Active, TenantLimits.Default));
        if (rule is not null)
        {
            context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(rule), rule.Name));
        }

        context.Response.Body = new MemoryStream();
        return context;
    }
}
