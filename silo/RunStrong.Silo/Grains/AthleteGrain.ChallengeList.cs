using RunStrong.Contracts.Athletes;

namespace RunStrong.Silo.Grains;

/// <summary>The challenges the athlete is in, from their own enrollments: no challenge grain is asked.</summary>
public sealed partial class AthleteGrain
{
    public Task<IReadOnlyList<ChallengeEntry>?> ListChallenges() =>
        Task.FromResult<IReadOnlyList<ChallengeEntry>?>(state.State.Exists()
            // A list, not a collection expression: the compiler's read-only list types cannot cross a grain call.
            ? state.State.Challenges.Items.Where(e => e.IsMember).Select(e => new ChallengeEntry(e.ChallengeId, e.TeamId!, e.Total, e.Rules)).ToList()
            : null);
}
