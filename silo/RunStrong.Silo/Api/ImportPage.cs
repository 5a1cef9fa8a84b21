using RunStrong.Contracts.MemberImports;

namespace RunStrong.Silo.Api;

/// <summary>A gym's recent imports, newest first.</summary>
public sealed record ImportPage(IReadOnlyList<ImportProgress> Items);
