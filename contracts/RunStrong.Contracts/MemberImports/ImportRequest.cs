namespace RunStrong.Contracts.MemberImports;

/// <summary>A stored upload to import: where it is, how it is encoded, whether to only validate it.</summary>
[GenerateSerializer, Immutable]
public sealed record ImportRequest(
    [property: Id(0)] string BlobName,
    [property: Id(1)] string Format,
    [property: Id(2)] bool DryRun,
    [property: Id(3)] DateOnly Today);
