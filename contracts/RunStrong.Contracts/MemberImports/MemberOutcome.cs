namespace RunStrong.Contracts.MemberImports;

/// <summary>What importing one member row did.</summary>
[GenerateSerializer]
public enum MemberOutcome
{
    Created,
    Updated,
    Unchanged,
}
