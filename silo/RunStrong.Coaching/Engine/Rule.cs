namespace RunStrong.Coaching.Engine;

/// <summary>A catalogue entry: what every recommendation of this code shares (docs/COACHING.md).</summary>
public sealed record Rule(string Code, string Title, IReadOnlyList<string> Sources, EvidenceGrade Grade, bool Contested, string Version)
{
    internal Recommendation Fire(Severity severity, string message, double? actual = null, double? target = null, string? unit = null) =>
        new(Code, severity, Title, message, actual, target, unit, Sources, Grade, Contested, Version);
}
