using RunStrong.Client.Models;

namespace RunStrong.Client.Tests;

/// <summary>A fresh gym per test, created through the generated client with the admin key, and a client with its key.</summary>
internal static class GymClients
{
    public static async Task<(RunStrongApiClient Gym, string TenantId)> CreateAsync(InProcessPlatform platform)
    {
        using var admin = RunStrongClient.CreateForAdmin(platform.GatewayAddress, TestSecrets.AdminKey);
        var id = $"g-{Guid.NewGuid():N}"[..20];

        var created = await admin.Api.Admin.Tenants.PostAsync(
            new TenantInput { Id = id, Name = $"Gym {id}", Kind = "gym" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(created);
        Assert.Equal(id, created.Id);
        Assert.StartsWith("rs_", created.ApiKey, StringComparison.Ordinal);
        return (RunStrongClient.Create(platform.GatewayAddress, created.ApiKey!), id);
    }

    /// <summary>A complete profile, so coaching has what it needs.</summary>
    public static ProfileInput Profile() => new()
    {
        Sex = "female", BirthYear = 1990, HeightCm = 168, WeightKg = 60, RunningExperienceMonths = 36, TimeZone = "UTC",
    };
}
