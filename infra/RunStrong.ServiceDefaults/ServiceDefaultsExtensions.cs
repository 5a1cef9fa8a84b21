using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace RunStrong.ServiceDefaults;

/// <summary>The one place that wires telemetry, health and metrics endpoints and problem details for every host.</summary>
public static class ServiceDefaultsExtensions
{
    public const string LivenessPath = "/health/live";
    public const string ReadinessPath = "/health/ready";

    /// <summary>
    /// The Prometheus scrape endpoint (text exposition format, or OpenMetrics when the scraper asks for it).
    /// Silos serve it without a signature, like health; the gateway only to the platform admin key.
    /// </summary>
    public const string MetricsPath = "/metrics";
    private const string LiveTag = "live";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddOpenTelemetryDefaults();
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    private static void AddOpenTelemetryDefaults(this IHostApplicationBuilder builder)
    {
        // Azure SDK clients emit spans only behind this switch; they are the storage leg of a request's trace.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Read before anything starts, so a bad sampling setting stops the host with the setting's name.
        var tracingSettings = TracingSettings.Load(builder.Configuration);

        // One set of meters, read by two exporters: the Prometheus scrape endpoint (always) and OTLP (below).
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetryNames.OrleansMeter, TelemetryNames.RunStrong)
                .DropUnreadPerRequestInstruments()
                .AddPrometheusExporter(options => options.ScrapeEndpointPath = MetricsPath));
        if (tracingSettings.Enabled)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new RequestTraceSampler(tracingSettings.SampleRatio))
                // Sorted before the OTLP exporter's processor (the SDK orders processors by pipeline weight,
                // the exporter's last), so the roots it marks sampled are exported.
                .AddProcessor(new SlowOrFailedRootProcessor(tracingSettings.SlowBackgroundThreshold))
                .AddSource(TelemetryNames.RunStrong, TelemetryNames.OrleansApplication, TelemetryNames.OrleansStorage, TelemetryNames.AzureSdk)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbeOrScrape(context.Request.Path))
                .AddHttpClientInstrumentation());
        }

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
    }

    /// <param name="metrics">Further rules for the scrape endpoint (the gateway requires the admin key there).</param>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, Action<IEndpointConventionBuilder>? metrics = null)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        app.MapHealthChecks(ReadinessPath);

        // Scrapes are not traffic: kept out of the HTTP request metrics (and, above, out of traces).
        var scrape = app.MapPrometheusScrapingEndpoint(MetricsPath).DisableHttpMetrics();
        metrics?.Invoke(scrape);
        return app;
    }

    public static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(LivenessPath) || path.StartsWithSegments(ReadinessPath);

    public static bool IsMetricsScrape(PathString path) => path.StartsWithSegments(MetricsPath);

    private static bool IsProbeOrScrape(PathString path) => IsHealthProbe(path) || IsMetricsScrape(path);
}
