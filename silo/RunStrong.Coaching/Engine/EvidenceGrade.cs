namespace RunStrong.Coaching.Engine;

/// <summary>Strength of evidence: A consensus or meta-analysis, B a trial or cohort, C expert opinion.</summary>
public enum EvidenceGrade
{
    A,
    B,
    C,
}
