using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Api.Keys;

/// <summary>An athlete's keys (ids and dates, never a secret), oldest first.</summary>
public sealed record AthleteKeyList(IReadOnlyList<ApiKeyInfo> Items);
