using RunStrong.Contracts.Challenges;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>A club's challenges, newest first, bounded to <see cref="MaxChallenges"/>.</summary>
public sealed class ChallengeRegistryGrain(
    [PersistentState("challenges", StorageNames.Challenges)] IPersistentState<ChallengeRegistryState> state)
    : Grain, IChallengeRegistryGrain
{
    /// <summary>Challenges a club can create: years of weekly challenges, a bound on the list it reads.</summary>
    public const int MaxChallenges = 1_000;

    public Task<bool> Add(string challengeId) =>
        state.UpdateAsync(this, registry =>
        {
            if (registry.ChallengeIds.Contains(challengeId))
            {
                return Change<bool>.None(true);
            }

            if (registry.ChallengeIds.Count >= MaxChallenges)
            {
                return Change<bool>.None(false);
            }

            registry.ChallengeIds.Insert(0, challengeId);
            return Change<bool>.Write(true);
        });

    public Task<IReadOnlyList<string>> Recent(int limit) =>
        Task.FromResult<IReadOnlyList<string>>(state.State.ChallengeIds.Take(limit).ToList());
}
