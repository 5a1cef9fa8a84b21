namespace RunStrong.Silo.Grains;

/// <summary>A gym's import ids, newest first.</summary>
public sealed class ImportRegistryState
{
    public List<string> ImportIds { get; set; } = [];
}
