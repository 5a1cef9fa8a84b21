using Yarp.ReverseProxy.Transforms.Builder;

namespace RunStrong.Gateway.ApiReference;

/// <summary>Wires the public API's description: the served document's server address, and the reference page.</summary>
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
