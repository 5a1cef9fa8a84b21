using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Grains;

/// <summary>What a tenant grain persists. Key hashes live in the key grains, not here.</summary>
public sealed class TenantState
{
    public string? Name { get; set; }

    public TenantKind Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public TenantStatus Status { get; set; }

    public TenantLimits Limits { get; set; } = TenantLimits.Default;

    public List<ApiKeyInfo> Keys { get; set; } = [];

    /// <summary>The erasure removing this tenant; once set, the tenant is only ever erased (not resumed, changed or re-created).</summary>
    public string? ErasureId { get; set; }

    public bool Exists => Name is not null;
}
