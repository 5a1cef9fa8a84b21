using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RunStrong.Testing;

public static class ServerAddress
{
    /// <summary>The loopback URL a started Kestrel server listens on without TLS (a silo's public listener).</summary>
    public static Uri Of(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server has no addresses.");
        return new Uri(addresses.Addresses.First(a => a.StartsWith("http:", StringComparison.OrdinalIgnoreCase)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
