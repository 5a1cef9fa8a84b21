namespace RunStrong.Coaching.Engine;

/// <summary>
/// One fired rule, explained: the <see cref="Message"/> carries the athlete's own numbers, and
/// <see cref="Actual"/> / <see cref="Target"/> the two figures it compares, in <see cref="Unit"/>.
/// </summary>
public sealed record Recommendation(
    string Code,
    Severity Severity,
    string Title,
    string Message,
    double? Actual,
    double? Target,
    string? Unit,
    IReadOnlyList<string> Sources,
    EvidenceGrade Grade,
    bool Contested,
    string RuleVersion);
