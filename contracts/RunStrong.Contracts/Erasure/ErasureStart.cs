namespace RunStrong.Contracts.Erasure;

/// <summary>What asking a tenant to be erased did: the erasure started (or already running), or why not.</summary>
[GenerateSerializer, Immutable]
public sealed record ErasureStart(
    [property: Id(0)] ErasureStartOutcome Outcome,
    [property: Id(1)] string? ErasureId);
