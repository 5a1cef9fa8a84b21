using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>
/// Participants by athlete id, each at the highest revision seen. Shards keep one for their athletes and
/// the challenge one for all; both apply updates the same idempotent way.
/// </summary>
public sealed class ParticipantTable
{
    private readonly Dictionary<string, Participant> participants = new(StringComparer.Ordinal);

    /// <summary>Revisions of athletes who left, so that a late, older update cannot bring them back.</summary>
    private readonly Dictionary<string, long> departed = new(StringComparer.Ordinal);

    public int Count => participants.Count;

    public IEnumerable<Participant> All => participants.Values;

    public IEnumerable<KeyValuePair<string, long>> Departed => departed;

    /// <summary>Applies <paramref name="update"/> when it is newer than what the table holds. True when it was.</summary>
    public bool Apply(ScoreUpdate update)
    {
        if (update.Revision <= RevisionOf(update.AthleteId))
        {
            return false;
        }

        if (update.TeamId is null)
        {
            participants.Remove(update.AthleteId);
            departed[update.AthleteId] = update.Revision;
        }
        else
        {
            departed.Remove(update.AthleteId);
            participants[update.AthleteId] = new Participant(update.AthleteId, update.TeamId, update.Score, update.Revision);
        }

        return true;
    }

    /// <summary>Applies a participant as it stands elsewhere (a shard's table read by the challenge).</summary>
    public bool Apply(Participant participant) =>
        Apply(new ScoreUpdate(participant.AthleteId, participant.TeamId, participant.Score, participant.Revision, null));

    /// <summary>Applies a departure as it stands elsewhere.</summary>
    public bool ApplyDeparture(string athleteId, long revision) =>
        Apply(new ScoreUpdate(athleteId, null, Score.Zero, revision, null));

    public Participant? Find(string athleteId) => participants.GetValueOrDefault(athleteId);

    /// <summary>The revision an athlete left with; null when they did not leave.</summary>
    public long? DepartedAt(string athleteId) => departed.TryGetValue(athleteId, out var revision) ? revision : null;

    private long RevisionOf(string athleteId) =>
        participants.TryGetValue(athleteId, out var participant) ? participant.Revision : departed.GetValueOrDefault(athleteId);
}
