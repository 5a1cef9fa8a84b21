[assembly: AssemblyFixture(typeof(RunStrong.Client.Tests.PlatformFixture))]

namespace RunStrong.Client.Tests;

/// <summary>One in-process platform (Azurite, silo, gateway on real loopback ports) for the whole assembly.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public InProcessPlatform Platform { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Platform = await InProcessPlatform.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
    }
}
