using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// How traces are sampled, read once at start (a bad value stops the host with the setting's name):
/// <see cref="SampleRatio"/> of the incoming requests that start a trace are exported whole; background work is
/// exported, as its root span alone, only when it fails or lasts longer than <see cref="SlowBackgroundThreshold"/>.
/// <see cref="Enabled"/> false switches tracing off altogether (no spans recorded, none exported).
/// </summary>
public sealed record TracingSettings(double SampleRatio, TimeSpan SlowBackgroundThreshold)
{
    public const string EnabledSetting = "Telemetry:Tracing:Enabled";
    public const string SampleRatioSetting = "Telemetry:Tracing:SampleRatio";
    public const string SlowBackgroundMillisecondsSetting = "Telemetry:Tracing:SlowBackgroundMilliseconds";

    /// <summary>The OpenTelemetry SDK's standard variables, honoured when <see cref="SampleRatioSetting"/> is not set.</summary>
    public const string OtelSamplerVariable = "OTEL_TRACES_SAMPLER";
    public const string OtelSamplerArgumentVariable = "OTEL_TRACES_SAMPLER_ARG";

    public const double DefaultSampleRatio = 1.0;
    public const int DefaultSlowBackgroundMilliseconds = 1_000;

    /// <summary>False: the host records and exports no spans (metrics and logs are unaffected).</summary>
    public bool Enabled { get; init; } = true;

    public static TracingSettings Load(IConfiguration configuration) =>
        new(SampleRatioFrom(configuration), SlowBackgroundThresholdFrom(configuration)) { Enabled = EnabledFrom(configuration) };

    private static bool EnabledFrom(IConfiguration configuration) => configuration[EnabledSetting] switch
    {
        null or "" => true,
        var value when bool.TryParse(value, out var enabled) => enabled,
        var value => throw new InvalidOperationException(
            $"Configuration '{EnabledSetting}' (environment variable '{Variable(EnabledSetting)}') is '{value}': it must be true or false."),
    };

    private static double SampleRatioFrom(IConfiguration configuration)
    {
        if (configuration[SampleRatioSetting] is { Length: > 0 } configured)
        {
            return Ratio(configured, $"Configuration '{SampleRatioSetting}' (environment variable '{Variable(SampleRatioSetting)}')");
        }

        if (configuration[OtelSamplerVariable] is not { Length: > 0 } sampler)
        {
            return DefaultSampleRatio;
        }

        // The RunStrong sampler is always parent-based and always keeps background work out; the standard
        // variable only chooses how many requests that start a trace are kept.
        return sampler.Trim().ToLowerInvariant() switch
        {
            "always_on" or "parentbased_always_on" => 1.0,
            "always_off" or "parentbased_always_off" => 0.0,
            "traceidratio" or "parentbased_traceidratio" => configuration[OtelSamplerArgumentVariable] is { Length: > 0 } argument
                ? Ratio(argument, $"'{OtelSamplerArgumentVariable}'")
                : DefaultSampleRatio,
            _ => throw new InvalidOperationException(
                $"'{OtelSamplerVariable}' is '{sampler}', which RunStrong does not support: use parentbased_traceidratio with " +
                $"'{OtelSamplerArgumentVariable}' (or parentbased_always_on / parentbased_always_off), or set '{Variable(SampleRatioSetting)}' instead."),
        };
    }

    private static double Ratio(string value, string setting)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) || !(ratio is >= 0.0 and <= 1.0))
        {
            throw new InvalidOperationException(
                $"{setting} is '{value}': it must be a number from 0 to 1 (the share of incoming requests traced; 1 = all, 0.1 = one in ten).");
        }

        return ratio;
    }

    private static TimeSpan SlowBackgroundThresholdFrom(IConfiguration configuration)
    {
        if (configuration[SlowBackgroundMillisecondsSetting] is not { Length: > 0 } value)
        {
            return TimeSpan.FromMilliseconds(DefaultSlowBackgroundMilliseconds);
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) || milliseconds < 1)
        {
            throw new InvalidOperationException(
                $"Configuration '{SlowBackgroundMillisecondsSetting}' (environment variable '{Variable(SlowBackgroundMillisecondsSetting)}') is '{value}': " +
                "it must be a whole number of milliseconds, at least 1.");
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private static string Variable(string setting) => setting.Replace(":", "__", StringComparison.Ordinal);
}
