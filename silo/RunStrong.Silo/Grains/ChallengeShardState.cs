using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;

namespace RunStrong.Silo.Grains;

/// <summary>
/// A challenge shard's snapshot: its athletes' latest scores, and who left at which revision, as of the start of log
/// <see cref="Generation"/> (<see cref="ChallengeShardLog"/>): the changes since are in that log. Stored as columns
/// rather than one object per athlete: without repeated property names the blob is about a third of the size.
/// </summary>
public sealed class ChallengeShardState
{
    /// <summary>Which log holds the changes made after this snapshot; 0 for shards stored before there were logs.</summary>
    public int Generation { get; set; }

    public List<string> AthleteIds { get; set; } = [];

    public List<string> TeamIds { get; set; } = [];

    /// <summary>Scores in hundredths.</summary>
    public List<long> Scores { get; set; } = [];

    public List<long> Revisions { get; set; } = [];

    public List<string> DepartedIds { get; set; } = [];

    public List<long> DepartedRevisions { get; set; } = [];

    public IEnumerable<Participant> Participants() =>
        AthleteIds.Select((athleteId, i) => new Participant(athleteId, TeamIds[i], new Score(Scores[i]), Revisions[i]));

    public IEnumerable<Departure> Departures() => DepartedIds.Select((athleteId, i) => new Departure(athleteId, DepartedRevisions[i]));

    /// <summary>Replaces the stored columns with <paramref name="table"/>'s content.</summary>
    public void Store(ParticipantTable table)
    {
        AthleteIds = [];
        TeamIds = [];
        Scores = [];
        Revisions = [];
        foreach (var participant in table.All)
        {
            AthleteIds.Add(participant.AthleteId);
            TeamIds.Add(participant.TeamId);
            Scores.Add(participant.Score.Hundredths);
            Revisions.Add(participant.Revision);
        }

        DepartedIds = [.. table.Departed.Select(d => d.Key)];
        DepartedRevisions = [.. table.Departed.Select(d => d.Value)];
    }
}
