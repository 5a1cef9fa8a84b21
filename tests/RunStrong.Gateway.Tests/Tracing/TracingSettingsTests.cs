using Microsoft.Extensions.Configuration;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests.Tracing;

public sealed class TracingSettingsTests
{
    [Fact]
    public void Without_settings_every_request_is_traced_and_background_work_over_one_second_is_slow() =>
        Assert.Equal(new TracingSettings(1.0, TimeSpan.FromSeconds(1)), Load());

    [Fact]
    public void The_settings_are_read_from_configuration() =>
        Assert.Equal(new TracingSettings(0.1, TimeSpan.FromMilliseconds(2500)),
            Load((TracingSettings.SampleRatioSetting, "0.1"), (TracingSettings.SlowBackgroundMillisecondsSetting, "2500")));

    [Fact]
    public void Tracing_is_on_unless_switched_off() =>
        Assert.Equal((true, true, false), (Load().Enabled, Load((TracingSettings.EnabledSetting, "True")).Enabled, Load((TracingSettings.EnabledSetting, "false")).Enabled));

    [Fact]
    public void An_enabled_setting_that_is_not_true_or_false_stops_the_host_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load((TracingSettings.EnabledSetting, "off")));
        Assert.Contains("Telemetry__Tracing__Enabled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    [InlineData("ten percent")]
    public void A_ratio_outside_zero_to_one_stops_the_host_naming_the_setting(string ratio)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load((TracingSettings.SampleRatioSetting, ratio)));
        Assert.Contains("Telemetry:Tracing:SampleRatio", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telemetry__Tracing__SampleRatio", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1s")]
    public void A_slow_threshold_that_is_not_a_positive_number_of_milliseconds_stops_the_host(string milliseconds)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load((TracingSettings.SlowBackgroundMillisecondsSetting, milliseconds)));
        Assert.Contains("Telemetry__Tracing__SlowBackgroundMilliseconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parentbased_traceidratio", "0.25", 0.25)]
    [InlineData("traceidratio", "0.5", 0.5)]
    [InlineData("parentbased_traceidratio", null, 1.0)]
    [InlineData("parentbased_always_off", null, 0.0)]
    [InlineData("always_on", null, 1.0)]
    public void The_standard_OTEL_sampler_variables_choose_the_ratio_when_the_setting_is_absent(string sampler, string? argument, double ratio) =>
        Assert.Equal(ratio, Load((TracingSettings.OtelSamplerVariable, sampler), (TracingSettings.OtelSamplerArgumentVariable, argument)).SampleRatio);

    [Fact]
    public void The_setting_wins_over_the_OTEL_variables() =>
        Assert.Equal(0.2, Load((TracingSettings.SampleRatioSetting, "0.2"), (TracingSettings.OtelSamplerVariable, "parentbased_traceidratio"), (TracingSettings.OtelSamplerArgumentVariable, "0.9")).SampleRatio);

    [Fact]
    public void An_OTEL_sampler_RunStrong_cannot_honour_stops_the_host_saying_what_to_use()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load((TracingSettings.OtelSamplerVariable, "jaeger_remote")));
        Assert.Contains("parentbased_traceidratio", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telemetry__Tracing__SampleRatio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OTEL_sampler_argument_outside_zero_to_one_stops_the_host() =>
        Assert.Contains("OTEL_TRACES_SAMPLER_ARG",
            Assert.Throws<InvalidOperationException>(() => Load((TracingSettings.OtelSamplerVariable, "parentbased_traceidratio"), (TracingSettings.OtelSamplerArgumentVariable, "2"))).Message,
            StringComparison.Ordinal);

    private static TracingSettings Load(params (string Key, string? Value)[] settings) =>
        TracingSettings.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
}
