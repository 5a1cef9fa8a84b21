using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Onboarding;

namespace RunStrong.Contracts.Athletes;

/// <summary>
/// Everything stored about one athlete, for a data-protection export: the profile (or the body data an import gave
/// before it was complete), who they are as a member and the member row the latest import read, their keys (never
/// a secret), every log entry still in detail, the weeks folded out of the detail
/// window (as stored), and the challenges they are in with their score. Bounded: athlete state is.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AthleteExport(
    [property: Id(0)] AthleteProfile? Profile,
    [property: Id(1)] MemberIdentity? Member,
    [property: Id(2)] MemberRecord? ImportedMember,
    [property: Id(3)] IReadOnlyList<Run> Runs,
    [property: Id(4)] IReadOnlyList<StrengthSession> StrengthSessions,
    [property: Id(5)] IReadOnlyList<NutritionDay> Nutrition,
    [property: Id(6)] IReadOnlyList<Measurement> Measurements,
    [property: Id(7)] IReadOnlyList<WeeklyTotals> FoldedWeeks,
    [property: Id(8)] IReadOnlyList<WeeklyTotals> Weeks,
    [property: Id(9)] IReadOnlyList<ChallengeEntry> Challenges,
    [property: Id(10)] string TimeZone,
    [property: Id(11)] ProfileBasics? PartialProfile,
    [property: Id(12)] IReadOnlyList<Tenants.ApiKeyInfo> Keys,
    [property: Id(13)] IReadOnlyList<CrossTrainingSession> CrossTraining);
