using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Api;

/// <summary>One page of the tenant listing; <see cref="Next"/> is the <c>after</c> value for the next page, null at the end.</summary>
public sealed record TenantPage(IReadOnlyList<TenantInfo> Items, string? Next);
