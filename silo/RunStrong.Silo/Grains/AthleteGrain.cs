using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Summary;
using RunStrong.Contracts.Athletes;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>One athlete: holds their profile and training log, and answers from it. Orchestration only.</summary>
public sealed class AthleteGrain(
    [PersistentState("athlete", StorageNames.Athletes)] IPersistentState<AthleteState> state)
    : Grain, IAthleteGrain
{
    public Task<AthleteOverview?> GetOverview(DateOnly asOf)
    {
        var athlete = state.State;
        if (!state.RecordExists && athlete.Profile is null && athlete.Runs.Count == 0)
        {
            return Task.FromResult<AthleteOverview?>(null);
        }

        return Task.FromResult<AthleteOverview?>(new AthleteOverview(athlete.Profile, TrainingSummary.Of(athlete.Runs, asOf)));
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

    public Task<RunLogOutcome> LogRun(Run run) =>
        state.UpdateAsync(this, athlete =>
        {
            var existing = athlete.Runs.Find(r => r.Id == run.Id);
            if (existing is not null)
            {
                return Change<RunLogOutcome>.None(existing == run ? RunLogOutcome.AlreadyLogged : RunLogOutcome.IdConflict);
            }

            athlete.Runs.Add(run);
            return Change<RunLogOutcome>.Write(RunLogOutcome.Logged);
        });
}
