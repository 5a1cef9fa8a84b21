namespace RunStrong.Silo.Api.Ops;

/// <summary>What <c>GET /ops/cluster</c> answers: the silos, grain activations by type, athletes by tenant.</summary>
public sealed record ClusterView(
    DateTimeOffset GeneratedAt,
    int ActiveSilos,
    IReadOnlyList<SiloView> Silos,
    IReadOnlyList<GrainTypeView> Grains,
    TenantAthletesView Tenants);

public sealed record SiloView(
    string Address, string Name, string HostName, string Status, DateTimeOffset StartedAt, double UptimeSeconds,
    int? Activations, long? MemoryUsageBytes, float? CpuUsagePercent, DateTimeOffset? LastHeartbeat);

public sealed record GrainTypeView(string Type, int Activations, IReadOnlyDictionary<string, int> BySilo);

/// <summary>Stored athletes per tenant (largest first, at most 100 listed; <see cref="Total"/> counts all), and active ones.</summary>
public sealed record TenantAthletesView(DateTimeOffset CountedAt, int TenantCount, long Total, bool Truncated, IReadOnlyList<TenantAthletes> Items);

public sealed record TenantAthletes(string TenantId, int Athletes, int ActiveAthletes);
