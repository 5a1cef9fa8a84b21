using System.Text.Json.Serialization;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Scoring;

namespace RunStrong.Challenges.Participation;

/// <summary>
/// Every challenge one athlete takes part in, and the updates their shards still have to receive. The
/// athlete grain persists this with the log in one write, so a logged activity and the score it changes
/// are never stored apart; delivery happens after the write and is repeated until acknowledged.
/// </summary>
public sealed class ChallengeEnrollments
{
    /// <summary>
    /// Challenges one athlete can be in at once (not yet ended): bounds the work every logged activity
    /// does and the athlete's stored state. A club rarely runs more than a handful in parallel.
    /// </summary>
    public const int MaxActive = 20;

    public List<ChallengeEnrollment> Items { get; set; } = [];

    /// <summary>The last revision handed out; revisions only grow, across leaving and rejoining.</summary>
    public long LastRevision { get; set; }

    [JsonIgnore]
    public IEnumerable<ChallengeEnrollment> Pending => Items.Where(e => !e.Delivered);

    public ChallengeEnrollment? Find(string challengeId) =>
        Items.Find(e => string.Equals(e.ChallengeId, challengeId, StringComparison.Ordinal));

    /// <summary>Puts the athlete in <paramref name="teamId"/>, scoring what they already logged inside the challenge's dates.</summary>
    public JoinOutcome Join(
        string challengeId, string teamId, ChallengeRules rules, int shardCount, ActivityDays activity, DateOnly firstDetailedDay, DateOnly today)
    {
        var existing = Find(challengeId);
        if (existing is not null && string.Equals(existing.TeamId, teamId, StringComparison.Ordinal))
        {
            return JoinOutcome.Unchanged;
        }

        if (existing?.IsMember != true && Items.Count(e => e.IsMember && e.Rules.EndsOn >= today) >= MaxActive)
        {
            return JoinOutcome.TooManyChallenges;
        }

        var outcome = existing?.IsMember == true ? JoinOutcome.Moved : JoinOutcome.Joined;
        var enrollment = existing ?? new ChallengeEnrollment { ChallengeId = challengeId, Rules = rules, ShardCount = shardCount };
        if (existing is null)
        {
            Items.Add(enrollment);
        }

        enrollment.TeamId = teamId;
        enrollment.Score.Rescore(enrollment.Rules, activity, firstDetailedDay, today);
        Revise(enrollment, $"team:{teamId}");
        return outcome;
    }

    /// <summary>Takes the athlete out of <paramref name="teamId"/>. False when they are not in it.</summary>
    public bool Leave(string challengeId, string teamId)
    {
        var existing = Find(challengeId);
        if (existing is null || !string.Equals(existing.TeamId, teamId, StringComparison.Ordinal))
        {
            return false;
        }

        existing.TeamId = null;
        Revise(existing, "left");
        return true;
    }

    /// <summary>
    /// Re-scores every challenge after the log changed. Those whose score changed get a new revision to
    /// deliver. True when anything to persist changed.
    /// </summary>
    public bool Rescore(ActivityDays activity, DateOnly firstDetailedDay, DateOnly today, string cause)
    {
        var changed = false;
        foreach (var enrollment in Items.Where(e => e.IsMember))
        {
            var before = enrollment.Total;
            changed |= enrollment.Score.Rescore(enrollment.Rules, activity, firstDetailedDay, today);
            if (enrollment.Total != before)
            {
                Revise(enrollment, cause);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>The shard durably holds <paramref name="revision"/>: nothing left to send (unless a newer revision came meanwhile).</summary>
    public void MarkDelivered(string challengeId, long revision)
    {
        var enrollment = Find(challengeId);
        if (enrollment is null || enrollment.Revision != revision)
        {
            return;
        }

        enrollment.Delivered = true;
        if (!enrollment.IsMember)
        {
            Items.Remove(enrollment);
        }
    }

    /// <summary>
    /// Forgets delivered challenges that ended before the log's detail window: no activity can be logged
    /// that far back, so their scores are final and live on in the challenge. True when any was dropped.
    /// </summary>
    public bool Prune(DateOnly firstDetailedDay) =>
        Items.RemoveAll(e => e.Delivered && e.Rules.EndsOn < firstDetailedDay) > 0;

    private void Revise(ChallengeEnrollment enrollment, string cause)
    {
        enrollment.Revision = ++LastRevision;
        enrollment.Delivered = false;
        enrollment.Cause = cause;
    }
}
