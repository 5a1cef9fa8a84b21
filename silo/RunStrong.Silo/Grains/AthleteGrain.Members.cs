using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.MemberImports;
using RunStrong.Onboarding;

namespace RunStrong.Silo.Grains;

/// <summary>The athlete as a gym member: what imports write, and staff's edits of the member's name and email.</summary>
public sealed partial class AthleteGrain
{
    /// <summary>
    /// True once this activation has served a call other than an import's upsert (the athlete, staff, the directory, a
    /// challenge): it stays activated as usual. Until then it exists only for the import, see <see cref="UpsertMember"/>.
    /// </summary>
    private bool servedMoreThanImport;

    /// <summary>
    /// The import publishes the listing with its batch (one call per shard), so the athlete does not. An athlete activated
    /// only to take an imported row lets its activation go right after it: nobody is using it, and an import otherwise keeps
    /// every member it wrote in the silo's memory until idle collection (a gym of 100,000 members is hundreds of MB).
    /// </summary>
    public async Task<MemberUpsert> UpsertMember(MemberRecord member)
    {
        var outcome = await ChangeAthlete(athlete => ApplyMemberRow(athlete, member), "member", listingPublishedByCaller: true);
        if (!servedMoreThanImport && NothingLeftToRetry)
        {
            this.DeactivateOnIdle();
        }

        return new MemberUpsert(outcome, state.State.Listing);
    }

    /// <summary>Notes every incoming call (from the grain's call filter): any but an import's upsert keeps the athlete activated.</summary>
    private void NoteIncomingCall(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name != nameof(IAthleteGrain.UpsertMember))
        {
            servedMoreThanImport = true;
        }
    }

    /// <summary>
    /// No work this activation still owes on timers (a score or listing not yet acknowledged, an erase under way): those
    /// keep it activated to retry; the next activation would resume them too, but later.
    /// </summary>
    private bool NothingLeftToRetry => deliveryRetry is null && listingRetry is null && !publishingListing && !Erasing;

    /// <summary>
    /// The row's body data goes where it belongs: into the profile when there is one, else beside it until it is
    /// complete (<see cref="AthleteState.PartialProfile"/>). As for the identity, the latest write wins field by field:
    /// a value the row still says as in the member's previous import keeps what the athlete set since, and a field
    /// the row leaves out never erases one.
    /// </summary>
    private static Change<MemberOutcome> ApplyMemberRow(AthleteState athlete, MemberRecord member)
        {
            var basics = member.ProfileBasics();
            var changed = athlete.Member is null ? basics : basics.ChangedSince(athlete.Member.ProfileBasics());
            var current = athlete.Profile;
            var profile = current is null ? null : changed.ApplyTo(current);
            var partial = current is null ? (athlete.PartialProfile ?? ProfileBasics.None).With(changed) : null;
            if (partial?.ToProfile() is { } completed)
            {
                (profile, partial) = (completed, null);
            }

            partial = partial is { IsEmpty: true } ? null : partial;
            var identity = MemberIdentity.Imported(member, athlete.Member, athlete.CurrentIdentity());
            if (athlete.Member == member && current == profile && athlete.PartialProfile == partial && athlete.CurrentIdentity() == identity)
            {
                return Change<MemberOutcome>.None(MemberOutcome.Unchanged);
            }

            var outcome = athlete.Member is null && current is null && athlete.PartialProfile is null ? MemberOutcome.Created : MemberOutcome.Updated;
            athlete.Member = member;
            athlete.Identity = identity;
            athlete.Profile = profile;
            athlete.PartialProfile = partial;
            return Change<MemberOutcome>.Write(outcome);
        }

    /// <summary>The profile fields coaching still needs (empty once there is a profile), for the 409 of recommendations and plan.</summary>
    public Task<IReadOnlyList<string>> GetMissingProfileFields() => Task.FromResult(state.State.MissingProfileFields());

    public Task<MemberEdit?> EditMember(MemberPatch patch) =>
        ChangeAthlete(athlete =>
        {
            if (!athlete.Exists())
            {
                return Change<MemberEdit?>.None(null);
            }

            var current = athlete.CurrentIdentity();
            var edited = patch.ApplyTo(current);
            if (!edited.IsValid)
            {
                return Change<MemberEdit?>.None(new MemberEdit(null, edited.Errors));
            }

            var result = new MemberEdit(edited.Value, []);
            if (edited.Value == current)
            {
                return Change<MemberEdit?>.None(result);
            }

            athlete.Identity = edited.Value;
            return Change<MemberEdit?>.Write(result);
        }, "member");
}
