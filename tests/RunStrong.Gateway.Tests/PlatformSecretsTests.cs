using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using RunStrong.ServiceDefaults;
using RunStrong.Silo;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// Outside Development the hosts refuse to start without real secrets, and refuse the development secrets
/// this repository publishes; no environment accepts an admin key equal to the signing secret.
/// </summary>
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

    [Theory]
    [InlineData("Production", DevelopmentSecrets.AdminKey, Strong + "-signing", "RunStrong:AdminKey")]
    [InlineData("Production", Strong, DevelopmentSecrets.SigningKey, "RunStrong:SigningKey")]
    [InlineData("Staging", DevelopmentSecrets.AdminKey, DevelopmentSecrets.SigningKey, "RunStrong:AdminKey")]
    [InlineData("Testing", Strong, DevelopmentSecrets.SigningKey, "RunStrong:SigningKey")]
    [InlineData("Production", "my-own-key-NOT-FOR-PRODUCTION-0002-0123456789", Strong, "RunStrong:AdminKey")]
    public void Outside_development_the_published_development_secrets_are_refused_naming_the_setting(
        string environment, string adminKey, string signingKey, string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlatformSecrets.Load(Configuration(adminKey, signingKey), new Environment(environment)));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains("development secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(adminKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void An_admin_key_equal_to_the_signing_key_is_refused_in_every_environment(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlatformSecrets.Load(Configuration(Strong, Strong), new Environment(environment)));

        Assert.Contains("RunStrong:AdminKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("RunStrong:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_runs_with_the_published_development_secrets()
    {
        var secrets = PlatformSecrets.Load(Configuration(DevelopmentSecrets.AdminKey, DevelopmentSecrets.SigningKey), new Environment("Development"));

        Assert.Equal((DevelopmentSecrets.AdminKey, DevelopmentSecrets.SigningKey), (secrets.AdminKey, secrets.SigningKey));
    }

    [Fact]
    public void The_test_platforms_secrets_pass_in_the_testing_environment()
    {
        var secrets = PlatformSecrets.Load(Configuration(TestSecrets.AdminKey, TestSecrets.SigningKey), new Environment("Testing"));

        Assert.Equal((TestSecrets.AdminKey, TestSecrets.SigningKey), (secrets.AdminKey, secrets.SigningKey));
    }

    [Fact]
    public void Configured_secrets_are_used_as_given()
    {
        var secrets = PlatformSecrets.Load(Configuration(Strong, Strong + "-signing"), new Environment("Production"));

        Assert.Equal((Strong, Strong + "-signing"), (secrets.AdminKey, secrets.SigningKey));
    }

    [Fact]
    public void A_silo_host_in_production_with_the_development_secrets_does_not_start()
    {
        using var silo = new ProductionSiloWithDevelopmentSecrets();

        var error = Assert.ThrowsAny<Exception>(() => silo.CreateClient());

        Assert.Contains(Flatten(error), e => e is InvalidOperationException && e.Message.Contains("RunStrong:AdminKey", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception error) =>
        error is AggregateException aggregate
            ? aggregate.InnerExceptions.SelectMany(Flatten)
            : error.InnerException is { } inner ? [error, .. Flatten(inner)] : [error];

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

    /// <summary>
    /// The real silo host in Production with the repository's development secrets copied into its
    /// configuration. It must fail while building, before it joins a cluster or serves a request (the storage
    /// it names is never contacted).
    /// </summary>
    private sealed class ProductionSiloWithDevelopmentSecrets : WebApplicationFactory<SiloEntryPoint>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:storage", "UseDevelopmentStorage=true");
            builder.UseSetting(PlatformSecrets.AdminKeySetting, DevelopmentSecrets.AdminKey);
            builder.UseSetting(PlatformSecrets.SigningKeySetting, DevelopmentSecrets.SigningKey);

            // A real cluster certificate, so the secrets are what the host refuses (it also refuses to run without one).
            foreach (var (key, value) in TestClusterCertificate.Files.AsConfiguration())
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
