using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests.Tracing;

/// <summary><see cref="TracingSettings.EnabledSetting"/> as the hosts apply it: off means no tracer provider at all.</summary>
public sealed class TracingSwitchTests
{
    [Fact]
    public void A_host_traces_by_default() => Assert.NotNull(TracerOf(null));

    [Fact]
    public void A_host_with_tracing_switched_off_has_no_tracer() => Assert.Null(TracerOf("false"));

    private static TracerProvider? TracerOf(string? enabled)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (enabled is not null)
        {
            builder.Configuration[TracingSettings.EnabledSetting] = enabled;
        }

        builder.AddServiceDefaults();
        using var host = builder.Build();
        return host.Services.GetService<TracerProvider>();
    }
}
