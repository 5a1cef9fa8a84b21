using RunStrong.Contracts.Athletes;

namespace RunStrong.Silo.Grains;

/// <summary>The athlete's data-protection export: everything their state holds, in one answer (athlete state is bounded).</summary>
public sealed partial class AthleteGrain
{
    public Task<AthleteExport?> Export()
    {
        var athlete = state.State;
        if (!athlete.Exists())
        {
            return Task.FromResult<AthleteExport?>(null);
        }

        var log = athlete.Log;
        var challenges = athlete.Challenges.Items
            .Where(e => e.IsMember)
            .Select(e => new ChallengeEntry(e.ChallengeId, e.TeamId!, e.Total, e.Rules))
            .ToList();
        return Task.FromResult<AthleteExport?>(new AthleteExport(
            athlete.Profile,
            athlete.CurrentIdentity(),
            athlete.Member,
            // Lists, not collection expressions: the compiler's read-only list types cannot cross a grain call.
            log.Runs.OrderBy(r => r.StartedAt).ToList(),
            log.StrengthSessions.OrderBy(s => s.StartedAt).ToList(),
            log.Nutrition.OrderBy(n => n.Date).ToList(),
            log.Measurements.OrderBy(m => m.Date).ToList(),
            log.EarlierWeeks.ToList(),
            log.Weeks(Calendar).ToList(),
            challenges,
            Calendar.TimeZoneId,
            athlete.PartialProfile,
            athlete.Keys.ToList(),
            log.CrossTraining.OrderBy(s => s.StartedAt).ToList()));
    }
}
