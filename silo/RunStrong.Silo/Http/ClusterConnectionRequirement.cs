using RunStrong.ServiceDefaults;
using RunStrong.Silo.Hosting;

namespace RunStrong.Silo.Http;

/// <summary>
/// Serves the API only to requests that arrived on the cluster listener, whose TLS handshake required a
/// client certificate the cluster trusts (the gateway's): anything else gets 401 before the signature is
/// even looked at. The public listener keeps serving health probes, <c>/metrics</c> and the OpenAPI
/// document. With cluster TLS turned off (the benchmark's comparison, Development and Testing only) there is
/// nothing to require and every listener serves the API, as before TLS.
/// </summary>
public sealed class ClusterConnectionRequirement(RequestDelegate next, ClusterListener listener)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!listener.Tls
            || ServiceDefaultsExtensions.IsHealthProbe(path) || ServiceDefaultsExtensions.IsMetricsScrape(path)
            || context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>()?.Admits(CallerKinds.Anonymous) == true
            || (context.Connection.LocalPort == listener.Port && context.Connection.ClientCertificate is not null))
        {
            await next(context);
            return;
        }

        await Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthenticated",
            "The API is served only on the cluster's mutually authenticated listener, to the RunStrong gateway.");
    }
}
