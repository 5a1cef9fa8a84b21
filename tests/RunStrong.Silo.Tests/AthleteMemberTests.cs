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

        var edit = await athlete.EditMember(new MemberPatch(null, new PatchValue(new string('x', 101)), new PatchValue("ana@")));

        Assert.Null(edit?.Member);
        Assert.Equal(["lastName", "email"], edit?.Errors.Select(e => e.Field) ?? []);
        Assert.Equal(MemberIdentity.Of(Row), (await athlete.GetOverview(Today))?.Member);
    }

    [Fact]
    public async Task A_member_without_body_data_exists_without_a_profile_and_a_later_row_completes_it()
    {
        var athlete = NewAthlete(fixture.Grains);
        var memberOnly = new MemberRecord("m-2", "Bea", "", "bea@example.com", Sex.Other, 1990, null, null, null, "+44 20 7946 0958", new DateOnly(1990, 4, 3));

        Assert.Equal(MemberOutcome.Created, (await athlete.UpsertMember(memberOnly)).Outcome);
        var overview = await athlete.GetOverview(Today);
        Assert.Null(overview?.Profile);
        Assert.Equal(new MemberIdentity("m-2", "Bea", "", "bea@example.com", "+44 20 7946 0958"), overview?.Member);
        Assert.Equal(["heightCm", "weightKg"], await athlete.GetMissingProfileFields());
        Assert.Null(await athlete.GetRecommendations(Today));

        await fixture.DeactivateAsync(athlete);
        Assert.Equal(MemberOutcome.Updated, (await athlete.UpsertMember(memberOnly with { HeightCm = 170, WeightKg = 65 })).Outcome);

        Assert.Empty(await athlete.GetMissingProfileFields());
        Assert.Equal((Sex.Other, 1990, 170.0, 65.0, Goal.Maintain), (await athlete.GetOverview(Today))?.Profile is { } p ? (p.Sex, p.BirthYear, p.HeightCm, p.WeightKg, p.Goal) : default);
        Assert.NotNull(await athlete.GetRecommendations(Today));
    }

    [Fact]
    public async Task A_row_without_weight_keeps_the_athletes_weight_and_a_reimported_weight_does_not_undo_a_newer_one()
    {
        var athlete = NewAthlete(fixture.Grains);
        await athlete.UpsertMember(Row);
        var own = (await athlete.GetOverview(Today))!.Profile! with { WeightKg = 58, BodyFatPercent = 20 };
        await athlete.SetProfile(own);

        Assert.Equal(MemberOutcome.Unchanged, (await athlete.UpsertMember(Row)).Outcome);
        Assert.Equal(MemberOutcome.Updated, (await athlete.UpsertMember(Row with { WeightKg = null, HeightCm = null, Phone = "555 0100" })).Outcome);
        Assert.Equal(own, (await athlete.GetOverview(Today))?.Profile);

        await athlete.UpsertMember(Row with { WeightKg = 57 });
        Assert.Equal(own with { WeightKg = 57 }, (await athlete.GetOverview(Today))?.Profile);
    }
}
