using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.MemberImports;
using RunStrong.Onboarding;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>The athlete grain as a gym member: imports, staff's edits, and what a re-import does to an edit.</summary>
public sealed class AthleteMemberTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    private static readonly MemberRecord Row = new("m-1", "Ana", "Lopez", "ana@example.com", Sex.Female, 1990, 168, 60, Goal.Maintain);

    [Fact]
    public async Task Editing_the_member_of_an_unknown_athlete_answers_null_and_creates_no_athlete()
    {
        var athlete = NewAthlete(fixture.Grains);

        Assert.Null(await athlete.EditMember(new MemberPatch(new PatchValue("Ana"), new PatchValue("Lopez"), null)));
        Assert.Null(await athlete.GetOverview(Today));
    }

    [Fact]
    public async Task An_edit_survives_deactivation_and_a_reimport_of_the_same_row_keeps_it_as_unchanged()
    {
        var athlete = NewAthlete(fixture.Grains);
        Assert.Equal(MemberOutcome.Created, (await athlete.UpsertMember(Row)).Outcome);

        var edit = await athlete.EditMember(new MemberPatch(null, null, new PatchValue("ana.lopez@example.org")));
        await fixture.DeactivateAsync(athlete);
        var reimport = (await athlete.UpsertMember(Row)).Outcome;

        var edited = new MemberIdentity("m-1", "Ana", "Lopez", "ana.lopez@example.org");
        Assert.Equal(edited, edit?.Member);
        Assert.Equal(MemberOutcome.Unchanged, reimport);
        Assert.Equal(edited, (await athlete.GetOverview(Today))?.Member);
    }

    [Fact]
    public async Task A_refused_edit_answers_its_field_errors_and_stores_nothing()
    {
        var athlete = NewAthlete(fixture.Grains);
        await athlete.UpsertMember(Row);

        var edit = await athlete.EditMember(new MemberPatch(null, new PatchValue(" "), new PatchValue("ana@")));

        Assert.Null(edit?.Member);
        Assert.Equal(["lastName", "email"], edit?.Errors.Select(e => e.Field) ?? []);
        Assert.Equal(MemberIdentity.Of(Row), (await athlete.GetOverview(Today))?.Member);
    }
}
