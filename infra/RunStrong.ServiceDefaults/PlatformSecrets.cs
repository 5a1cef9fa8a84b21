using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// The admin key and the gateway-silo signing secret. Development has documented local defaults (in
/// appsettings.Development.json files); any other environment refuses to start without real values, and
/// refuses the published development ones (<see cref="DevelopmentSecrets"/>). Every environment refuses an
/// admin key equal to the signing secret.
/// </summary>
public sealed record PlatformSecrets(string AdminKey, string SigningKey)
{
    public const string AdminKeySetting = "RunStrong:AdminKey";
    public const string SigningKeySetting = "RunStrong:SigningKey";

    /// <summary>Shortest accepted secret, in characters: 32 bytes of entropy at the very least.</summary>
    public const int MinLength = 32;

    public static PlatformSecrets Load(IConfiguration configuration, IHostEnvironment environment) =>
        Validate(configuration[AdminKeySetting], configuration[SigningKeySetting], environment);

    /// <summary>
    /// The secrets, checked for <paramref name="environment"/>; throws naming the setting at fault. Also used
    /// by the AppHost, which hands the same two values to every silo and the gateway.
    /// </summary>
    public static PlatformSecrets Validate(string? adminKey, string? signingKey, IHostEnvironment environment)
    {
        var secrets = new PlatformSecrets(
            Require(adminKey, AdminKeySetting, environment),
            Require(signingKey, SigningKeySetting, environment));
        if (string.Equals(secrets.AdminKey, secrets.SigningKey, StringComparison.Ordinal))
        {
            // The admin key travels in client requests to the gateway; the signing secret never leaves the
            // cluster. Were they equal, whoever holds the admin key could sign requests and call silos directly.
            throw new InvalidOperationException(
                $"Configuration '{AdminKeySetting}' and '{SigningKeySetting}' must be different secrets: " +
                $"the signing secret must not be derivable from a key that clients send. Set each to its own random value.");
        }

        return secrets;
    }

    private static string Require(string? value, string setting, IHostEnvironment environment)
    {
        var variable = setting.Replace(":", "__", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(value) || value.Length < MinLength)
        {
            var where = environment.IsDevelopment() ? "" : $" (environment '{environment.EnvironmentName}' has no defaults)";
            throw new InvalidOperationException(
                $"Configuration '{setting}' must be set to a secret of at least {MinLength} characters{where}. " +
                $"Set it with the environment variable '{variable}'.");
        }

        if (!environment.IsDevelopment() && DevelopmentSecrets.IsPublished(value))
        {
            // The value itself is not repeated: the message goes to logs.
            throw new InvalidOperationException(
                $"Configuration '{setting}' holds a development secret published in the repository (it contains " +
                $"'{DevelopmentSecrets.Marker}'), which environment '{environment.EnvironmentName}' must not use. " +
                $"Set a secret of your own with the environment variable '{variable}'.");
        }

        return value;
    }
}
