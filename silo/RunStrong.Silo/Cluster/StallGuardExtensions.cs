using System.Diagnostics;

namespace RunStrong.Silo.Cluster;

/// <summary>Wires the stall guard: its state, the detector, the readiness check and the refusal first in the pipeline.</summary>
public static class StallGuardExtensions
{
    public static IServiceCollection AddStallGuard(this IServiceCollection services)
    {
        services.AddSingleton(_ => new StallGuard(Stopwatch.GetTimestamp()));
        services.AddHostedService<StallDetector>();
        services.AddHealthChecks().AddCheck<StallReadinessCheck>("stall");
        services.AddSingleton<IStartupFilter, StallRefusalFirst>();
        return services;
    }

    /// <summary>Puts <see cref="StallRefusal"/> before everything the application adds, so a refusal runs no other middleware or endpoint.</summary>
    private sealed class StallRefusalFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<StallRefusal>();
            next(app);
        };
    }
}
