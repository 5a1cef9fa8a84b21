using RunStrong.Coaching.Engine;
using RunStrong.Members;

namespace RunStrong.Silo.Api.Members;

/// <summary>One member as the directory lists them.</summary>
/// <param name="MuscleRetentionRisk">Null while the athlete lacks the profile the coaching needs.</param>
public sealed record DirectoryItem(
    string AthleteId,
    string? ExternalId,
    string? FirstName,
    string? LastName,
    string? Email,
    MuscleRetentionRisk? MuscleRetentionRisk,
    IReadOnlyList<RetentionLever> RiskFactors,
    DateOnly? LastActivityOn,
    DateTimeOffset UpdatedAt)
{
    public static DirectoryItem Of(MemberListing listing) => new(
        listing.AthleteId, listing.ExternalId, listing.FirstName, listing.LastName, listing.Email,
        listing.Risk, listing.RiskFactors, listing.LastActivityOn, listing.UpdatedAt);
}
