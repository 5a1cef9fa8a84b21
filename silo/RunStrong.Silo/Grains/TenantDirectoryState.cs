namespace RunStrong.Silo.Grains;

/// <summary>Every tenant id, sorted, for paging.</summary>
public sealed class TenantDirectoryState
{
    public List<string> TenantIds { get; set; } = [];
}
