using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Summary;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.MemberImports;
using RunStrong.Onboarding;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One athlete: holds their profile and log, and answers with the coaching engine. Orchestration only:
/// the log decides what a write means, the engine what the data says.
/// </summary>
public sealed class AthleteGrain(
    [PersistentState("athlete", StorageNames.Athletes)] IPersistentState<AthleteState> state,
    TimeProvider clock)
    : Grain, IAthleteGrain
{
    private AthleteProfile? Profile => state.State.Profile;

    private AthleteLog Log => state.State.Log;

    public Task<AthleteOverview?> GetOverview(DateOnly asOf)
    {
        if (Profile is null && Log.IsEmpty)
        {
            return Task.FromResult<AthleteOverview?>(null);
        }

        var body = Profile is null ? null : CoachingEngine.BodyOf(Log.ToAthleteData(Profile), asOf);
        return Task.FromResult<AthleteOverview?>(new AthleteOverview(Profile, TrainingSummary.Of(Log, body, asOf)));
    }

    public Task<bool> SetProfile(AthleteProfile profile) =>
        state.UpdateAsync(this, athlete =>
        {
            var created = athlete.Profile is null;
            if (athlete.Profile == profile)
            {
                return Change<bool>.None(false);
            }

            athlete.Profile = profile;
            return Change<bool>.Write(created);
        });

    public Task<LogOutcome> LogRun(Run run) => Record(log => log.Add(run));

    public Task<LogOutcome> LogStrengthSession(StrengthSession session) => Record(log => log.Add(session));

    public Task<LogOutcome> LogMeasurement(Measurement measurement) => Record(log => log.Add(measurement));

    public Task<bool> PutNutrition(NutritionDay day) =>
        state.UpdateAsync(this, athlete =>
        {
            var created = !athlete.Log.Nutrition.Exists(n => n.Date == day.Date);
            var changed = athlete.Log.Put(day) | FoldAgedEntries(athlete.Log);
            return new Change<bool>(created, changed);
        });

    public Task<MemberOutcome> UpsertMember(MemberRecord member) =>
        state.UpdateAsync(this, athlete =>
        {
            var current = athlete.Profile;
            var profile = current is null
                ? new AthleteProfile(member.Sex, member.BirthYear, member.HeightCm, member.WeightKg, null, null, null, member.Goal, TrainingPhase.Base, false)
                : current with { Sex = member.Sex, BirthYear = member.BirthYear, HeightCm = member.HeightCm, WeightKg = member.WeightKg, Goal = member.Goal };
            if (athlete.Member == member && current == profile)
            {
                return Change<MemberOutcome>.None(MemberOutcome.Unchanged);
            }

            var outcome = athlete.Member is null && current is null ? MemberOutcome.Created : MemberOutcome.Updated;
            athlete.Member = member;
            athlete.Profile = profile;
            return Change<MemberOutcome>.Write(outcome);
        });

    public Task<CoachingReport?> GetRecommendations(DateOnly asOf) =>
        Task.FromResult(Profile is null ? null : CoachingEngine.Evaluate(Log.ToAthleteData(Profile), asOf));

    public Task<WeekPlan?> GetPlan(DateOnly weekOf) =>
        Task.FromResult(Profile is null ? null : CoachingEngine.PlanWeek(Log.ToAthleteData(Profile), weekOf));

    /// <summary>Logs an entry idempotently; every write also folds entries that aged out of the detail window.</summary>
    private Task<LogOutcome> Record(Func<AthleteLog, LogOutcome> add) =>
        state.UpdateAsync(this, athlete =>
        {
            var outcome = add(athlete.Log);
            var changed = outcome == LogOutcome.Logged | FoldAgedEntries(athlete.Log);
            return new Change<LogOutcome>(outcome, changed);
        });

    private bool FoldAgedEntries(AthleteLog log) =>
        log.FoldBefore(DetailWindow.FirstDetailedDay(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
}
