namespace RunStrong.Members;

/// <summary>
/// What the members directory knows about one athlete: who they are, their muscle-retention risk with the
/// levers behind it, and when they last logged training. Published by the athlete after each change;
/// <see cref="Revision"/> orders the publications, so a late or repeated one never overwrites a newer one.
/// </summary>
/// <param name="Risk">Null while the athlete lacks the profile the coaching needs.</param>
/// <param name="LastActivityOn">The athlete's local day of their latest run or strength session; null before any.</param>
/// <param name="Revision">Grows with every change of the athlete (and across an erase and a re-creation).</param>
public sealed record MemberListing(
    string AthleteId,
    string? ExternalId,
    string? FirstName,
    string? LastName,
    string? Email,
    MuscleRetentionRisk? Risk,
    IReadOnlyList<RetentionLever> RiskFactors,
    DateOnly? LastActivityOn,
    DateTimeOffset UpdatedAt,
    long Revision)
{
    /// <summary>Whether <paramref name="other"/> says the same about the athlete (ignoring when and in which revision).</summary>
    public bool SameContentAs(MemberListing? other) =>
        other is not null
        && AthleteId == other.AthleteId
        && ExternalId == other.ExternalId
        && FirstName == other.FirstName
        && LastName == other.LastName
        && Email == other.Email
        && Risk == other.Risk
        && RiskFactors.SequenceEqual(other.RiskFactors)
        && LastActivityOn == other.LastActivityOn;
}
