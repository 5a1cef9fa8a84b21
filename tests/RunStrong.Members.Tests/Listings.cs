namespace RunStrong.Members.Tests;

/// <summary>Listings for the index tests: only what a test states differs from a plain low-risk member.</summary>
internal static class Listings
{
    public static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static MemberListing Member(
        string athleteId,
        string? first = null,
        string? last = null,
        string? email = null,
        string? externalId = null,
        MuscleRetentionRisk? risk = MuscleRetentionRisk.Low,
        DateOnly? lastActive = null,
        long revision = 1) =>
        new(athleteId, externalId, first, last, email, risk, [], lastActive, At, revision);
}
