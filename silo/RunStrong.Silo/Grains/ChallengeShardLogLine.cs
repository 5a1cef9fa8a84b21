using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One line of a challenge shard's log: an applied score (<see cref="TeamId"/> null: the athlete left), or the seal a
/// compaction appends before it writes the next snapshot, after which no writer may append to this log.
/// </summary>
/// <param name="Score">In hundredths.</param>
public sealed record ChallengeShardLogLine(string? AthleteId = null, string? TeamId = null, long Score = 0, long Revision = 0, bool Sealed = false)
{
    public static ChallengeShardLogLine Seal { get; } = new(Sealed: true);

    public static ChallengeShardLogLine Of(ScoreUpdate update) => new(update.AthleteId, update.TeamId, update.Score.Hundredths, update.Revision);

    /// <summary>The score update the line records; null for the seal.</summary>
    public ScoreUpdate? ToUpdate() => AthleteId is null ? null : new ScoreUpdate(AthleteId, TeamId, new Score(Score), Revision, null);
}
