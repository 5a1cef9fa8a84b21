using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests;

/// <summary>Outside Development the hosts refuse to start without real secrets; Development has documented defaults.</summary>
public sealed class PlatformSecretsTests
{
    private const string Strong = "a-secret-of-well-over-thirty-two-characters";

    [Theory]
    [InlineData(null, Strong, "RunStrong:AdminKey")]
    [InlineData(Strong, null, "RunStrong:SigningKey")]
    [InlineData("short", Strong, "RunStrong:AdminKey")]
    public void Production_refuses_missing_or_weak_secrets_naming_the_setting(string? adminKey, string? signingKey, string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlatformSecrets.Load(Configuration(adminKey, signingKey), new Environment("Production")));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_secrets_are_used_as_given()
    {
        var secrets = PlatformSecrets.Load(Configuration(Strong, Strong + "-signing"), new Environment("Production"));

        Assert.Equal((Strong, Strong + "-signing"), (secrets.AdminKey, secrets.SigningKey));
    }

    private static IConfiguration Configuration(string? adminKey, string? signingKey) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PlatformSecrets.AdminKeySetting] = adminKey,
            [PlatformSecrets.SigningKeySetting] = signingKey,
        }).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "RunStrong.Gateway";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
