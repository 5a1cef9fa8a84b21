namespace RunStrong.AppHost;

internal static class ResourceBuilderExtensions
{
    /// <summary>Waits for <paramref name="dependency"/> when the AppHost runs it (external storage needs no wait).</summary>
    public static IResourceBuilder<T> WaitForIfPresent<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource>? dependency)
        where T : IResourceWithWaitSupport =>
        dependency is null ? builder : builder.WaitFor(dependency);
}
