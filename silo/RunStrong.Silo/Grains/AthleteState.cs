using RunStrong.Challenges.Participation;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Contracts.Tenants;
using RunStrong.Members;
using RunStrong.Onboarding;

namespace RunStrong.Silo.Grains;

/// <summary>What an athlete grain persists. Stored as JSON without type names (see JsonGrainStateSerializer).</summary>
public sealed class AthleteState
{
    public AthleteProfile? Profile { get; set; }

    /// <summary>
    /// Body data a gym's member file gave while the profile is incomplete (exports rarely carry height or weight); null
    /// once there is a profile, which then holds it. Beside the profile so the coaching engine only ever sees a complete one.
    /// </summary>
    public ProfileBasics? PartialProfile { get; set; }

    public AthleteLog Log { get; set; } = new();

    /// <summary>
    /// The gym's member row as the latest import read it, when the athlete came from an import: also what tells a
    /// file that changed a name or email from one that still says what staff have since edited.
    /// </summary>
    public MemberRecord? Member { get; set; }

    /// <summary>
    /// The member's name and email as staff see them: the import's, or staff's edit when that came later. Null
    /// without member data, and for athletes imported before identities could be edited (see <see cref="CurrentIdentity"/>).
    /// </summary>
    public MemberIdentity? Identity { get; set; }

    /// <summary>The club challenges the athlete is in, with score updates their shards have yet to receive.</summary>
    public ChallengeEnrollments Challenges { get; set; } = new();

    /// <summary>
    /// The athlete-scoped keys staff issued for this athlete (ids and dates, never a secret or hash): what lists and
    /// revokes them, and what an erase revokes (see AthleteGrain.RevokeAllKeys).
    /// </summary>
    public List<ApiKeyInfo> Keys { get; set; } = [];

    /// <summary>What the members directory lists for the athlete, as of their latest change (see AthleteGrain.Directory).</summary>
    public MemberListing? Listing { get; set; }

    /// <summary>
    /// Whether <see cref="Listing"/> reached its roster shard. Set in memory on acknowledgement and stored with the
    /// next write, so after a crash a listing may be sent twice: harmless, as shards apply listings by revision.
    /// </summary>
    public bool ListingDelivered { get; set; }

    /// <summary>Activity index rows still to write to the activity store (see AthleteGrain.Activities); usually empty.</summary>
    public List<ActivityIndexChange> ActivityOutbox { get; set; } = [];

    /// <summary>
    /// Set while the athlete is being erased: the steps still to do. Written before the first step, so that an erase
    /// a lost silo interrupted finishes later; gone with the rest of the state when the last step deletes it.
    /// </summary>
    public AthleteErasure? Erasure { get; set; }

    /// <summary>The member's identity: the stored one, else the imported row's (state written before there was one).</summary>
    public MemberIdentity? CurrentIdentity() => Identity ?? (Member is null ? null : MemberIdentity.Of(Member));

    /// <summary>Whether the athlete exists: something was stored about them (a profile, a log, or member data from an import or staff).</summary>
    public bool Exists() => Profile is not null || !Log.IsEmpty || Member is not null || Identity is not null;

    /// <summary>The profile fields coaching still needs (camelCase, profile order); empty once there is a profile.</summary>
    public IReadOnlyList<string> MissingProfileFields() => Profile is null ? (PartialProfile ?? ProfileBasics.None).Missing : [];
}
