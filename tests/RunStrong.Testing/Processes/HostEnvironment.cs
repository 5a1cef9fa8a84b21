using System.Globalization;

namespace RunStrong.Testing.Processes;

/// <summary>Environment variables every silo and gateway process of a local platform shares.</summary>
public static class HostEnvironment
{
    /// <summary>Production, the given storage and secrets, warnings only, and no telemetry export.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Common(string storage, PlatformSecrets secrets) =>
    [
        new("ASPNETCORE_ENVIRONMENT", "Production"),
        new("DOTNET_ENVIRONMENT", "Production"),
        new("ConnectionStrings__storage", storage),
        new("RunStrong__AdminKey", secrets.AdminKey),
        new("RunStrong__SigningKey", secrets.SigningKey),
        new("Logging__LogLevel__Default", "Warning"),
        // No telemetry export unless a caller asks for it (its own variables come later and win).
        new("OTEL_EXPORTER_OTLP_ENDPOINT", ""),
    ];

    /// <summary><c>http://127.0.0.1:{port}</c>.</summary>
    public static string LoopbackUrl(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
}
