using System.Text.Json.Serialization;

namespace RunStrong.Coaching.Engine;

/// <summary>Strength of evidence: A consensus or meta-analysis, B a trial or cohort, C expert opinion.</summary>
public enum EvidenceGrade
{
    // Grades are capital letters on the wire, as in docs/COACHING.md.
    [JsonStringEnumMemberName("A")]
    A,
    [JsonStringEnumMemberName("B")]
    B,
    [JsonStringEnumMemberName("C")]
    C,
}
