using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Tenants;
using RunStrong.Onboarding;
using RunStrong.Silo.Api.Activities;
using RunStrong.Silo.Api.Challenges;
using RunStrong.Silo.Api.LogHistory;
using RunStrong.Silo.Api.Members;

namespace RunStrong.Silo.Api.DataProtection;

/// <summary>
/// Body of <c>GET …/athletes/{athleteId}/export</c>: everything stored about the athlete, in the shapes the rest of the
/// API uses. <see cref="FormatVersion"/> changes when a field changes meaning or goes; new fields do not change it.
/// </summary>
public sealed record AthleteExportResponse(
    int FormatVersion,
    DateTimeOffset GeneratedAt,
    string TenantId,
    string AthleteId,
    string TimeZone,
    AthleteProfile? Profile,
    MemberResponse? Member,
    MemberRecord? ImportedMember,
    ExportedLog Log,
    IReadOnlyList<WeekResponse> Weeks,
    IReadOnlyList<WeeklyTotals> FoldedWeeks,
    IReadOnlyList<ExportedChallenge> Challenges,
    ProfileBasics? PartialProfile,
    IReadOnlyList<ApiKeyInfo> Keys,
    IReadOnlyList<ActivityResponse> Activities)
{
    public const int CurrentFormat = 1;

    public static AthleteExportResponse Of(string tenantId, string athleteId, AthleteExport export, IReadOnlyList<ActivityResponse> activities, DateTimeOffset now) =>
        new(
            CurrentFormat,
            now,
            tenantId,
            athleteId,
            export.TimeZone,
            export.Profile,
            export.Member is null ? null : MemberResponse.Of(export.Member),
            export.ImportedMember,
            new ExportedLog(export.Runs, export.StrengthSessions, export.Nutrition, export.Measurements, export.CrossTraining),
            [.. export.Weeks.Select(WeekResponse.Of)],
            export.FoldedWeeks,
            [.. export.Challenges.Select(c => new ExportedChallenge(c.ChallengeId, c.TeamId, c.Score.Value, ScoreUnits.Of(c.Rules)))],
            export.PartialProfile,
            export.Keys,
            activities);
}
