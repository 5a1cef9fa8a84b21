namespace RunStrong.Contracts.MemberImports;

/// <summary>One bad field of one row, as the gym needs it to fix the file: the line, the column, what is wrong.</summary>
[GenerateSerializer, Immutable]
public sealed record ImportRowError(
    [property: Id(0)] long Line,
    [property: Id(1)] string Field,
    [property: Id(2)] string Message);
