using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Log;

namespace RunStrong.Contracts.Athletes;

/// <summary>
/// One athlete of one tenant, keyed <c>"{tenantId}/{athleteId}"</c> (<see cref="Identity.AthleteId.GrainKey"/>).
/// Holds the profile and the training, nutrition and measurement log; answers with the coaching engine.
/// </summary>
public interface IAthleteGrain : IGrainWithStringKey
{
    /// <summary>The athlete as of <paramref name="asOf"/>, or null when nothing is known about them.</summary>
    Task<AthleteOverview?> GetOverview(DateOnly asOf);

    /// <summary>Creates or replaces the profile. True when it was created.</summary>
    Task<bool> SetProfile(AthleteProfile profile);

    Task<LogOutcome> LogRun(Run run);

    Task<LogOutcome> LogStrengthSession(StrengthSession session);

    /// <summary>Stores the day's nutrition, replacing an earlier log for that date. True when the date had none.</summary>
    Task<bool> PutNutrition(NutritionDay day);

    Task<LogOutcome> LogMeasurement(Measurement measurement);

    /// <summary>
    /// Creates or updates the athlete from a gym's member row (idempotent: the same row again is unchanged).
    /// Profile fields the row does not carry (body fat, experience, phase) are kept.
    /// </summary>
    Task<MemberImports.MemberOutcome> UpsertMember(Onboarding.MemberRecord member);

    /// <summary>The coaching report as of <paramref name="asOf"/>; null when there is no profile to coach from.</summary>
    Task<CoachingReport?> GetRecommendations(DateOnly asOf);

    /// <summary>The 7-day plan starting on <paramref name="weekOf"/>; null when there is no profile.</summary>
    Task<WeekPlan?> GetPlan(DateOnly weekOf);
}
