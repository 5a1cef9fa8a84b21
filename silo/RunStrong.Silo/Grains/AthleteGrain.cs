using System.Diagnostics;
using RunStrong.Challenges.Participation;
using RunStrong.Challenges.Scoring;
using RunStrong.Challenges.Standings;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Summary;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using RunStrong.Silo.MemberImports;
using RunStrong.Silo.Storage;
using RunStrong.Silo.Telemetry;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One athlete: holds their profile and log, and answers with the coaching engine. Orchestration only:
/// the log decides what a write means, the engine what the data says, the challenge domain what it scores.
/// Challenge scores are persisted with the log in one write, then sent to each challenge's shard (an
/// outbox: resent until acknowledged, on a timer while active and on the next activation).
/// </summary>
public sealed partial class AthleteGrain(
    [PersistentState("athlete", StorageNames.Athletes)] IPersistentState<AthleteState> state,
    TimeProvider clock,
    CoachingMetrics metrics,
    ImportUploads uploads,
    Activities.ActivityStore activities,
    ILogger<AthleteGrain> logger)
    : Grain, IAthleteGrain
{
    /// <summary>How often undelivered challenge scores are retried while the athlete is active.</summary>
    private static readonly TimeSpan DeliveryRetryPeriod = TimeSpan.FromSeconds(2);

    private IGrainTimer? deliveryRetry;

    private AthleteProfile? Profile => state.State.Profile;

    private AthleteLog Log => state.State.Log;

    /// <summary>The athlete's calendar: every "which day" question is answered in their time zone.</summary>
    private LocalCalendar Calendar => CalendarOf(state.State);

    /// <summary>The athlete's local today.</summary>
    private DateOnly Today => Calendar.Today(clock.GetUtcNow());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A previous activation died mid-erase: finish it before anything else (calls meanwhile answer "being erased").
        if (Erasing)
        {
            await TryContinueEraseAsync();
            return;
        }

        // A previous activation may have stored a score change and died before its shard acknowledged it.
        if (state.State.Challenges.Pending.Any())
        {
            await DeliverScoresAsync(throwOnFailure: false);
        }

        ResumeListing();
        await ResumeActivityOutboxAsync();
    }

    public Task<AthleteOverview?> GetOverview(DateOnly? asOf)
    {
        if (!state.State.Exists())
        {
            return Task.FromResult<AthleteOverview?>(null);
        }

        var date = asOf ?? Today;
        var body = Profile is null ? null : CoachingEngine.BodyOf(Log.ToAthleteData(Profile), date);
        return Task.FromResult<AthleteOverview?>(new AthleteOverview(Profile, TrainingSummary.Of(Log, body, date, Calendar), state.State.CurrentIdentity()));
    }

    public Task<string> GetTimeZone() => Task.FromResult(Calendar.TimeZoneId);

    public Task<bool> SetProfile(AthleteProfile profile) =>
        ChangeAthlete(athlete =>
        {
            var created = athlete.Profile is null;
            if (athlete.Profile == profile)
            {
                return Change<bool>.None(false);
            }

            athlete.Profile = profile;
            athlete.PartialProfile = null; // a whole profile supersedes what an import gave towards one
            return Change<bool>.Write(created);
        }, "profile");

    public async Task<LogOutcome> LogRun(Run run) =>
        Counted(await ChangeLog(log => Logged(log.Add(run)), run.Id), metrics.RunLogged);

    public async Task<LogOutcome> LogStrengthSession(StrengthSession session) =>
        Counted(await ChangeLog(log => Logged(log.Add(session)), session.Id), metrics.StrengthSessionLogged);

    public async Task<LogOutcome> LogMeasurement(Measurement measurement) =>
        Counted(await ChangeLog(log => Logged(log.Add(measurement)), measurement.Id), metrics.MeasurementLogged);

    public async Task<bool> PutNutrition(NutritionDay day)
    {
        var created = await ChangeLog(log =>
        {
            var created = !log.Nutrition.Exists(n => n.Date == day.Date);
            return new Change<bool>(created, log.Put(day));
        }, NutritionCause(day.Date));
        if (created)
        {
            metrics.NutritionLogged(); // a new day; replacing a logged day is an edit
        }

        return created;
    }

    public async Task<ReplaceOutcome> ReplaceRun(Run run) =>
        Counted(await ChangeLog(log => Replaced(log.Replace(run)), run.Id), metrics.RunLogged);

    public Task<bool> DeleteRun(string runId) => ChangeLog(log => Removed(log.RemoveRun(runId)), runId);

    public async Task<ReplaceOutcome> ReplaceStrengthSession(StrengthSession session) =>
        Counted(await ChangeLog(log => Replaced(log.Replace(session)), session.Id), metrics.StrengthSessionLogged);

    public Task<bool> DeleteStrengthSession(string sessionId) => ChangeLog(log => Removed(log.RemoveStrengthSession(sessionId)), sessionId);

    public Task<bool> DeleteMeasurement(string measurementId) => ChangeLog(log => Removed(log.RemoveMeasurement(measurementId)), measurementId);

    public Task<bool> DeleteNutrition(DateOnly day) => ChangeLog(log => Removed(log.RemoveNutrition(day)), NutritionCause(day));

    public Task<CoachingReport?> GetRecommendations(DateOnly? asOf)
    {
        if (Profile is null)
        {
            return Task.FromResult<CoachingReport?>(null);
        }

        var data = Log.ToAthleteData(Profile);
        var startedAt = Stopwatch.GetTimestamp();
        var report = CoachingEngine.Evaluate(data, asOf ?? Today);
        metrics.RecommendationsEvaluated(startedAt);
        return Task.FromResult<CoachingReport?>(report);
    }

    public Task<WeekPlan?> GetPlan(DateOnly? weekOf)
    {
        if (Profile is null)
        {
            return Task.FromResult<WeekPlan?>(null);
        }

        var today = Today;
        return Task.FromResult<WeekPlan?>(CoachingEngine.PlanWeek(Log.ToAthleteData(Profile), weekOf ?? WeeklyTotals.WeekStarting(today), today));
    }

    public async Task<JoinOutcome?> JoinChallenge(ChallengeMembership membership)
    {
        if (!state.State.Exists())
        {
            return null;
        }

        var outcome = await state.UpdateAsync(this, athlete =>
        {
            // An athlete's first score revision starts at the clock's ticks: shards keep an erased athlete's departure
            // by revision, so the same id created again (after an erase) must outrank every revision of its earlier life.
            if (athlete.Challenges.LastRevision == 0)
            {
                athlete.Challenges.LastRevision = clock.GetUtcNow().UtcTicks;
            }

            var today = TodayOf(athlete);
            var joined = athlete.Challenges.Join(
                membership.ChallengeId, membership.TeamId, membership.Rules, membership.ShardCount,
                ActivityOf(athlete), DetailWindow.FirstDetailedDay(today), today);
            return new Change<JoinOutcome>(joined, joined is JoinOutcome.Joined or JoinOutcome.Moved);
        });

        // The membership request is acknowledged only once the shard holds it, so the leaderboard will show it.
        await DeliverScoresAsync(throwOnFailure: true);
        return outcome;
    }

    public async Task<bool> LeaveChallenge(string challengeId, string teamId)
    {
        var left = await state.UpdateAsync(this, athlete =>
        {
            var found = athlete.Challenges.Leave(challengeId, teamId);
            return new Change<bool>(found, found);
        });
        await DeliverScoresAsync(throwOnFailure: true);
        return left;
    }

    /// <summary>The one way the log changes; see <see cref="ChangeAthlete{T}"/>.</summary>
    private Task<T> ChangeLog<T>(Func<AthleteLog, Change<T>> change, string cause) => ChangeAthlete(athlete => change(athlete.Log), cause);

    /// <summary>
    /// The one way the athlete's data changes: applies <paramref name="change"/>, folds entries that aged out
    /// of the detail window, re-scores the athlete's challenges, refreshes the directory listing, writes when any
    /// of that changed anything, then sends changed scores to their shards and the listing to its roster shard. Whatever must follow a change belongs here, so that no
    /// kind of write can skip it. <paramref name="cause"/> (an entry id) travels with the score update.
    /// </summary>
    private async Task<T> ChangeAthlete<T>(Func<AthleteState, Change<T>> change, string cause, bool listingPublishedByCaller = false)
    {
        var result = await state.UpdateAsync(this, athlete =>
        {
            var outcome = change(athlete);
            var folded = FoldAgedEntries(athlete);
            var rescored = (outcome.Changed || folded) && RescoreChallenges(athlete, cause);
            var relisted = (outcome.Changed || folded) && RefreshListing(athlete, listingPublishedByCaller);
            return new Change<T>(outcome.Result, outcome.Changed | folded | rescored | relisted);
        });

        // The write is acknowledged even when a shard is unreachable: the update stays in the outbox.
        await DeliverScoresAsync(throwOnFailure: false);
        PublishListingInBackground();
        return result;
    }

    private bool RescoreChallenges(AthleteState athlete, string cause)
    {
        if (athlete.Challenges.Items.Count == 0)
        {
            return false;
        }

        var today = TodayOf(athlete);
        var firstDetailedDay = DetailWindow.FirstDetailedDay(today);
        return athlete.Challenges.Rescore(ActivityOf(athlete), firstDetailedDay, today, cause) | athlete.Challenges.Prune(firstDetailedDay);
    }

    private static ActivityDays ActivityOf(AthleteState athlete) =>
        ActivityDays.Of(new ScoringInput(
            athlete.Log.Runs, athlete.Log.StrengthSessions, athlete.Log.Nutrition, athlete.Log.Measurements, athlete.Profile?.WeightKg, CalendarOf(athlete)));

    /// <summary>The calendar of the state being changed (a profile change may have just moved the athlete's zone).</summary>
    private static LocalCalendar CalendarOf(AthleteState athlete) => athlete.Profile?.Calendar ?? LocalCalendar.Utc;

    private DateOnly TodayOf(AthleteState athlete) => CalendarOf(athlete).Today(clock.GetUtcNow());

    /// <summary>
    /// Sends every undelivered score to its challenge's shard (concurrently; each is idempotent by revision)
    /// and marks what was acknowledged. Failures stay pending and are retried on a timer.
    /// </summary>
    private async Task DeliverScoresAsync(bool throwOnFailure)
    {
        var pending = state.State.Challenges.Pending.ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var (tenantId, athleteId) = (key[..slash], key[(slash + 1)..]);
        GrainCaller.EnterTenant(tenantId);
        var deliveries = pending.Select(async enrollment =>
        {
            var shard = GrainFactory.GetGrain<IChallengeShardGrain>(
                ChallengeKeys.Shard(tenantId, enrollment.ChallengeId, ChallengeSharding.ShardOf(athleteId, enrollment.ShardCount)));
            var revision = enrollment.Revision;
            try
            {
                await shard.Submit(new ScoreUpdate(athleteId, enrollment.TeamId, enrollment.Total, revision, enrollment.Cause));
                return (enrollment.ChallengeId, revision, Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (enrollment.ChallengeId, revision, Error: e);
            }
        }).ToList();

        Exception? firstError = null;
        foreach (var (challengeId, revision, error) in await Task.WhenAll(deliveries))
        {
            if (error is null)
            {
                state.State.Challenges.MarkDelivered(challengeId, revision);
            }
            else
            {
                firstError ??= error;
                LogDeliveryFailed(logger, error, challengeId, key);
            }
        }

        if (firstError is not null)
        {
            deliveryRetry ??= this.RegisterGrainTimer(
                RetryDeliveryAsync, new GrainTimerCreationOptions(DeliveryRetryPeriod, DeliveryRetryPeriod) { KeepAlive = true });
            if (throwOnFailure)
            {
                throw new InvalidOperationException("The challenge could not record the change yet; it is retried.", firstError);
            }
        }
    }

    private async Task RetryDeliveryAsync(CancellationToken cancellationToken)
    {
        await DeliverScoresAsync(throwOnFailure: false);
        if (!state.State.Challenges.Pending.Any())
        {
            deliveryRetry?.Dispose();
            deliveryRetry = null;
            if (Erasing)
            {
                // An erase stopped on an unreachable shard: the departures just arrived, so the erase can go on.
                await TryContinueEraseAsync();
            }
        }
    }

    private static string NutritionCause(DateOnly day) => $"nutrition:{day:yyyy-MM-dd}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Score for challenge {ChallengeId} not delivered by athlete {Athlete}; it stays pending and is retried.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string challengeId, string athlete);

    private static Change<LogOutcome> Logged(LogOutcome outcome) => new(outcome, outcome == LogOutcome.Logged);

    /// <summary>Counts a new entry the write stored (after the write: a failed write counts nothing).</summary>
    private static LogOutcome Counted(LogOutcome outcome, Action count)
    {
        if (outcome == LogOutcome.Logged)
        {
            count();
        }

        return outcome;
    }

    /// <summary>A create-or-replace counts when it created the entry; replacing one is an edit.</summary>
    private static ReplaceOutcome Counted(ReplaceOutcome outcome, Action count)
    {
        if (outcome == ReplaceOutcome.Created)
        {
            count();
        }

        return outcome;
    }

    private static Change<ReplaceOutcome> Replaced(ReplaceOutcome outcome) => new(outcome, outcome != ReplaceOutcome.Unchanged);

    private static Change<bool> Removed(bool found) => new(found, found);

    private bool FoldAgedEntries(AthleteState athlete) =>
        athlete.Log.FoldBefore(DetailWindow.FirstDetailedDay(TodayOf(athlete)), CalendarOf(athlete));
}
