using RunStrong.Coaching.Athletes;
using System.Text.Json;
using RunStrong.Onboarding;
using RunStrong.Silo.Grains;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Athletes imported before staff could edit a member's identity stored only the imported row, and still show
/// its name and email; an edit crosses grain calls with "left out" and "sent as null" kept apart.
/// </summary>
public sealed class StoredMemberIdentityTests
{
    private const string ImportedRow =
        """{"externalId":"m-1","firstName":"Ana","lastName":"Lopez","email":"ana@example.com","sex":"female","birthYear":1990,"heightCm":168,"weightKg":60,"goal":"maintain"}""";

    [Fact]
    public void An_athlete_stored_with_only_the_imported_row_shows_the_rows_identity()
    {
        var state = JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(new BinaryData($$"""{"member":{{ImportedRow}}}"""));

        Assert.Null(state.Identity);
        Assert.Equal(new MemberIdentity("m-1", "Ana", "Lopez", "ana@example.com"), state.CurrentIdentity());
    }

    [Fact]
    public void An_edited_identity_round_trips_and_wins_over_the_imported_row()
    {
        var state = JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(new BinaryData($$"""{"member":{{ImportedRow}}}"""));
        state.Identity = new MemberIdentity("m-1", "Anna", "Lopez", null);

        var json = JsonGrainStateSerializer.Instance.Serialize(state);

        Assert.Equal(state.Identity, JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(json).CurrentIdentity());
    }

    [Fact]
    public void A_member_patch_keeps_a_field_left_out_apart_from_one_sent_as_null_across_a_grain_call()
    {
        var patch = new MemberPatch(null, new PatchValue("Lopez"), new PatchValue(null));

        var json = JsonSerializer.Serialize(patch, RunStrongSerialization.DomainJsonOptions);

        Assert.Equal(patch, JsonSerializer.Deserialize<MemberPatch>(json, RunStrongSerialization.DomainJsonOptions));
    }

    [Fact]
    public void A_row_stored_when_every_body_field_was_required_still_reads_with_them_and_the_athlete_exists()
    {
        var state = JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(new BinaryData($$"""{"member":{{ImportedRow}}}"""));

        Assert.Equal(new MemberRecord("m-1", "Ana", "Lopez", "ana@example.com", Sex.Female, 1990, 168, 60, Goal.Maintain), state.Member);
        Assert.Equal((null, null), (state.Member?.Phone, state.Member?.BirthDate));
        Assert.Null(state.PartialProfile);
        Assert.True(state.Exists());
    }

    [Fact]
    public void A_member_with_partial_body_data_round_trips_with_phone_and_birth_date()
    {
        var state = new AthleteState
        {
            Member = new MemberRecord("m-2", "", "King", null, Sex.Unspecified, 1990, null, null, null, "+44 20 7946 0958", new DateOnly(1990, 4, 3)),
            PartialProfile = new ProfileBasics(Sex.Unspecified, 1990, null, null, null),
        };

        var read = JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(JsonGrainStateSerializer.Instance.Serialize(state));

        Assert.Equal((state.Member, state.PartialProfile), (read.Member, read.PartialProfile));
        Assert.Equal(["heightCm", "weightKg"], read.MissingProfileFields());
    }
}
