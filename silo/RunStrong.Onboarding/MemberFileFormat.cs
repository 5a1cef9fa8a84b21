namespace RunStrong.Onboarding;

/// <summary>The two shapes a gym's membership upload may take.</summary>
public enum MemberFileFormat
{
    Csv,
    Ndjson,
}
