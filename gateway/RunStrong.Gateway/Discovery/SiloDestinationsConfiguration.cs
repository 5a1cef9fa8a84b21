namespace RunStrong.Gateway.Discovery;

/// <summary>
/// A configuration source holding the discovered silo destinations as YARP configuration keys
/// (<c>ReverseProxy:Clusters:silos:Destinations:…</c>). Replacing its data raises a reload, and YARP's own
/// configuration provider applies the new destinations without a restart, health checks and all.
/// </summary>
public sealed class SiloDestinationsConfiguration : ConfigurationProvider, IConfigurationSource
{
    public bool HasDestinations => Data.Keys.Any(k => k.EndsWith(":Address", StringComparison.OrdinalIgnoreCase));

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Swaps in <paramref name="values"/> and signals the reload. False when nothing changed.</summary>
    public bool Replace(IReadOnlyDictionary<string, string?> values)
    {
        if (Data.Count == values.Count && values.All(v => Data.TryGetValue(v.Key, out var current) && current == v.Value))
        {
            return false;
        }

        Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        OnReload();
        return true;
    }
}
