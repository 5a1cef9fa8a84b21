using Microsoft.AspNetCore.Hosting;

namespace RunStrong.Testing;

internal static class TestHostSettings
{
    /// <summary>What every in-process host of a test platform shares: storage, secrets, cluster, the test cluster certificate, quiet logs.</summary>
    public static void Apply(IWebHostBuilder builder, string connectionString, string clusterId)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:storage", connectionString);
        builder.UseSetting("RunStrong:AdminKey", TestSecrets.AdminKey);
        builder.UseSetting("RunStrong:SigningKey", TestSecrets.SigningKey);
        builder.UseSetting("Orleans:ClusterId", clusterId);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in TestClusterCertificate.Files.AsConfiguration())
        {
            builder.UseSetting(key, value);
        }
    }
}
