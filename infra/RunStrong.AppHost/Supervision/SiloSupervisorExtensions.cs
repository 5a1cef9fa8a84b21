using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RunStrong.AppHost.Supervision;

internal static class SiloSupervisorExtensions
{
    /// <summary>Starts <paramref name="silos"/> again when they exit unasked (<see cref="SiloSupervisor"/>).</summary>
    public static IDistributedApplicationBuilder AddSiloSupervisor(this IDistributedApplicationBuilder builder, IEnumerable<IResourceBuilder<ProjectResource>> silos)
    {
        var names = silos.Select(silo => silo.Resource.Name).ToHashSet(StringComparer.Ordinal);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<SiloSupervisor>(services, (IReadOnlySet<string>)names));
        return builder;
    }
}
