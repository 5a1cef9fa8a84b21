using Orleans.Concurrency;
using RunStrong.Challenges.Participation;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Athletes;

/// <summary>
/// One athlete of one tenant, keyed <c>"{tenantId}/{athleteId}"</c> (<see cref="Identity.AthleteId.GrainKey"/>).
/// Holds the profile and the training, nutrition and measurement log; answers with the coaching engine.
/// </summary>
[GrainScope(GrainScope.Tenant)]
public interface IAthleteGrain : IGrainWithStringKey
{
    /// <summary>
    /// The athlete as of <paramref name="asOf"/> (null: their local today), or null when nothing is known about them.
    /// </summary>
    Task<AthleteOverview?> GetOverview(DateOnly? asOf);

    /// <summary>
    /// The athlete's IANA time zone ("UTC" without a profile): their calendar days, for checking dates they log.
    /// Interleaved, so the check before a write never queues behind the athlete's other writes.
    /// </summary>
    [ReadOnly, AlwaysInterleave]
    Task<string> GetTimeZone();

    /// <summary>Creates or replaces the profile. True when it was created.</summary>
    Task<bool> SetProfile(AthleteProfile profile);

    Task<LogOutcome> LogRun(Run run);

    Task<LogOutcome> LogStrengthSession(StrengthSession session);

    /// <summary>Stores the day's nutrition, replacing an earlier log for that date. True when the date had none.</summary>
    Task<bool> PutNutrition(NutritionDay day);

    Task<LogOutcome> LogMeasurement(Measurement measurement);

    /// <summary>Stores the run under its id, replacing the run that id held (the athlete's edit).</summary>
    Task<ReplaceOutcome> ReplaceRun(Run run);

    /// <summary>Deletes the run with <paramref name="runId"/>. False when there is none (runs folded into weekly totals are gone).</summary>
    Task<bool> DeleteRun(string runId);

    /// <summary>Stores the strength session under its id, replacing the session that id held.</summary>
    Task<ReplaceOutcome> ReplaceStrengthSession(StrengthSession session);

    /// <summary>Deletes the strength session with <paramref name="sessionId"/>. False when there is none.</summary>
    Task<bool> DeleteStrengthSession(string sessionId);

    /// <summary>Deletes the measurement with <paramref name="measurementId"/>. False when there is none.</summary>
    Task<bool> DeleteMeasurement(string measurementId);

    /// <summary>Deletes the nutrition log of <paramref name="day"/>. False when that day has none.</summary>
    Task<bool> DeleteNutrition(DateOnly day);

    /// <summary>
    /// Creates or updates the athlete from a gym's member row (idempotent: the same row again is unchanged).
    /// Profile fields the row does not carry are kept, and so are a name, email or body figure staff or the athlete
    /// changed since, unless the row changed that field (<see cref="Onboarding.MemberIdentity.Imported"/>). A member
    /// without sex, birth year, height and weight gets no profile until they are all known.
    /// Answers with the athlete's directory listing, which the import (not the athlete) sends to its roster shard.
    /// </summary>
    Task<MemberImports.MemberUpsert> UpsertMember(Onboarding.MemberRecord member);

    /// <summary>
    /// Edits the member's name and email (creating the identity, without an external id, for an athlete no import
    /// created). Null when the athlete does not exist; the edit's field errors when it breaks the import's rules.
    /// </summary>
    Task<MemberEdit?> EditMember(Onboarding.MemberPatch patch);

    /// <summary>
    /// The profile fields coaching needs that the athlete lacks (sex, birthYear, heightCm, weightKg, in that order): all
    /// four without any profile data, those an import left out for a member, none once there is a profile.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetMissingProfileFields();

    /// <summary>
    /// The coaching report as of <paramref name="asOf"/> (null: the athlete's local today); null when there is no
    /// profile to coach from.
    /// </summary>
    Task<CoachingReport?> GetRecommendations(DateOnly? asOf);

    /// <summary>
    /// The 7-day plan starting on <paramref name="weekOf"/> (null: the Monday of the athlete's local week that holds
    /// their local today); null when there is no profile.
    /// </summary>
    Task<WeekPlan?> GetPlan(DateOnly? weekOf);

    /// <summary>A page of the athlete's runs, newest first; null when nothing is known about the athlete.</summary>
    [ReadOnly]
    Task<LogPage<Run>?> ListRuns(LogPageRequest request);

    /// <summary>A page of the athlete's strength sessions, newest first; null when nothing is known about the athlete.</summary>
    [ReadOnly]
    Task<LogPage<StrengthSession>?> ListStrengthSessions(LogPageRequest request);

    /// <summary>A page of the athlete's nutrition days, newest first; null when nothing is known about the athlete.</summary>
    [ReadOnly]
    Task<LogPage<NutritionDay>?> ListNutrition(LogPageRequest request);

    /// <summary>A page of the athlete's measurements, newest first; null when nothing is known about the athlete.</summary>
    [ReadOnly]
    Task<LogPage<Measurement>?> ListMeasurements(LogPageRequest request);

    /// <summary>
    /// The weekly totals of the weeks with a day in <paramref name="days"/>, newest first, folded or still in detail;
    /// null when nothing is known about the athlete.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<WeeklyTotals>?> ListWeeks(LocalDays days);

    /// <summary>
    /// Puts the athlete in a challenge team (moving them from another team of it), scoring what they already
    /// logged in its dates; completes once the challenge's shard holds the score. Null when the athlete does not exist.
    /// </summary>
    Task<JoinOutcome?> JoinChallenge(ChallengeMembership membership);

    /// <summary>Takes the athlete out of a challenge team. False when they are not in it.</summary>
    Task<bool> LeaveChallenge(string challengeId, string teamId);

    /// <summary>Everything stored about the athlete (a data-protection export); null when nothing is known about them.</summary>
    [ReadOnly]
    Task<AthleteExport?> Export();

    /// <summary>
    /// Erases the athlete everywhere (see <c>AthleteGrain.Erase.cs</c> for the steps): records the steps still to
    /// do before starting, so that an erase interrupted by a lost silo finishes on the next activation or on its
    /// reminder. Idempotent: erasing an athlete that is gone, or being erased, finishes what is left and returns.
    /// While it runs, every other call throws <see cref="AthleteErasingException"/>. True once erased; false when a step
    /// failed (logged): the athlete already answers as unknown, and the erase finishes in the background.
    /// </summary>
    Task<bool> EraseAthlete();

    /// <summary>Whether the athlete is in a team of <paramref name="challengeId"/> now: what an athlete key may read.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<bool> IsInChallenge(string challengeId);

    /// <summary>The challenges the athlete is in a team of now, as they hold them; null when the athlete does not exist.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<ChallengeEntry>?> ListChallenges();

    /// <summary>
    /// Issues an athlete-scoped key (shown once; only its hash is stored), unless the athlete does not exist or
    /// already holds <see cref="AthleteKeyIssue.MaxLiveKeys"/> live keys.
    /// </summary>
    Task<AthleteKeyIssue> IssueKey();

    /// <summary>The athlete's keys, revoked ones included, without secrets. Null when the athlete does not exist.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Tenants.ApiKeyInfo>?> ListKeys();

    /// <summary>Revokes one of the athlete's keys. False when the athlete has no key <paramref name="keyId"/>.</summary>
    Task<bool> RevokeKey(string keyId);

    /// <summary>Revokes every key of the athlete; returns how many were live. Erasing the athlete uses it.</summary>
    Task<int> RevokeAllKeys();

    /// <summary>Whether anything is stored about the athlete (reads served from other stores answer 404 without it).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<bool> Exists();

    /// <summary>What reading an activity file may know about the athlete (body mass, maximum heart rate); interleaved like the time zone.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<RunStrong.Activities.Derivation.AthleteContext> GetActivityContext();

    /// <summary>
    /// Records an uploaded activity whose original file is stored: logs its entry (replacing a typed run that started
    /// within two minutes of it), then indexes it. Idempotent by id: the same file again answers with what was stored.
    /// </summary>
    Task<Activities.ActivityRecorded> RecordActivity(RunStrong.Activities.Logging.StoredActivity activity);

    /// <summary>The activity with <paramref name="activityId"/>, or null when the athlete has none.</summary>
    [ReadOnly]
    Task<RunStrong.Activities.Logging.StoredActivity?> GetActivity(string activityId);

    /// <summary>Deletes an activity, its log entry (also once folded into weekly totals) and its original file. False when there is none.</summary>
    Task<bool> DeleteActivity(string activityId);
}
