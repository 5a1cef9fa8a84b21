using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// The admin key and the gateway-silo signing secret. Development has documented local defaults (in each
/// host's appsettings.Development.json); any other environment refuses to start without real values.
/// </summary>
public sealed record PlatformSecrets(string AdminKey, string SigningKey)
{
    public const string AdminKeySetting = "RunStrong:AdminKey";
    public const string SigningKeySetting = "RunStrong:SigningKey";

    /// <summary>Shortest accepted secret, in characters: 32 bytes of entropy at the very least.</summary>
    public const int MinLength = 32;

    public static PlatformSecrets Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var adminKey = configuration[AdminKeySetting];
        var signingKey = configuration[SigningKeySetting];
        var where = environment.IsDevelopment() ? "" : $" (environment '{environment.EnvironmentName}' has no defaults)";
        return new PlatformSecrets(
            Require(adminKey, AdminKeySetting, where),
            Require(signingKey, SigningKeySetting, where));
    }

    private static string Require(string? value, string setting, string where)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < MinLength)
        {
            throw new InvalidOperationException(
                $"Configuration '{setting}' must be set to a secret of at least {MinLength} characters{where}. " +
                $"Set it with the environment variable '{setting.Replace(":", "__", StringComparison.Ordinal)}'.");
        }

        return value;
    }
}
