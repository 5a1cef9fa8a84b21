namespace RunStrong.Contracts.MemberImports;

/// <summary>Where an import job is: waiting, walking the file, or done one way or another.</summary>
[GenerateSerializer]
public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
