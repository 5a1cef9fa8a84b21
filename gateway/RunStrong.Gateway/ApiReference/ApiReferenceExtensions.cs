using Yarp.ReverseProxy.Transforms.Builder;

namespace RunStrong.Gateway.ApiReference;

/// <summary>The services behind the public API's description: the gateway's public address, written into the served document.</summary>
public static class ApiReferenceExtensions
{
    public static IServiceCollection AddApiReference(this IServiceCollection services)
    {
        services.AddSingleton<PublicAddress>();
        // YARP applies every registered transform provider to every proxy route; this one acts on the document's only.
        services.AddSingleton<ITransformProvider, OpenApiServersRewrite>();
        return services;
    }
}
