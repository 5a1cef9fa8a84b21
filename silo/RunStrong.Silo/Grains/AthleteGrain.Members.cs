using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.MemberImports;
using RunStrong.Onboarding;

namespace RunStrong.Silo.Grains;

/// <summary>The athlete as a gym member: what imports write, and staff's edits of the member's name and email.</summary>
public sealed partial class AthleteGrain
{
    /// <summary>The import publishes the listing with its batch (one call per shard), so the athlete does not.</summary>
    public async Task<MemberUpsert> UpsertMember(MemberRecord member)
    {
        var outcome = await ChangeAthlete(athlete => ApplyMemberRow(athlete, member), "member", listingPublishedByCaller: true);
        return new MemberUpsert(outcome, state.State.Listing);
    }

    private static Change<MemberOutcome> ApplyMemberRow(AthleteState athlete, MemberRecord member)
        {
            var current = athlete.Profile;
            var profile = current is null
                ? new AthleteProfile(member.Sex, member.BirthYear, member.HeightCm, member.WeightKg, null, null, null, member.Goal, TrainingPhase.Base, false)
                : current with { Sex = member.Sex, BirthYear = member.BirthYear, HeightCm = member.HeightCm, WeightKg = member.WeightKg, Goal = member.Goal };
            var identity = MemberIdentity.Imported(member, athlete.Member, athlete.CurrentIdentity());
            if (athlete.Member == member && current == profile && athlete.CurrentIdentity() == identity)
            {
                return Change<MemberOutcome>.None(MemberOutcome.Unchanged);
            }

            var outcome = athlete.Member is null && current is null ? MemberOutcome.Created : MemberOutcome.Updated;
            athlete.Member = member;
            athlete.Identity = identity;
            athlete.Profile = profile;
            return Change<MemberOutcome>.Write(outcome);
        }

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
