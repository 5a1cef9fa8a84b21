[assembly: AssemblyFixture(typeof(RunStrong.Cli.Tests.PlatformFixture))]

namespace RunStrong.Cli.Tests;

/// <summary>One in-process platform (Azurite, silo, gateway on real ports) for the whole assembly.</summary>
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
