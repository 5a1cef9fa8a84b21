using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// Sex other or unspecified: every figure that depends on sex is the midpoint of the female and male ones, so it
/// lies between them, and the report and plan say so (docs/COACHING.md, "Sex other or unspecified").
/// </summary>
public sealed class SexMidpointTests
{
    public static TheoryData<Sex> NeitherFemaleNorMale => [Sex.Other, Sex.Unspecified];

    private static AthleteProfile Estimated(Sex sex) => AthleteBuilder.Man with { Sex = sex, BodyFatPercent = null, BodyFatMethod = null };

    /// <summary>Deurenberg for the 36-year-old of 180 cm and 70 kg: men 18.006 %, women 28.806 %, midpoint 23.406 % (sex read as 0.5).</summary>
    [Theory]
    [MemberData(nameof(NeitherFemaleNorMale))]
    public void The_body_fat_estimate_and_the_fat_free_mass_on_it_lie_midway_between_female_and_male(Sex sex)
    {
        var female = AthleteBuilder.Blank(Estimated(Sex.Female)).Evaluate().Body;
        var male = AthleteBuilder.Blank(Estimated(Sex.Male)).Evaluate().Body;
        var body = AthleteBuilder.Blank(Estimated(sex)).Evaluate().Body;

        Assert.Equal(23.406, body.BodyFatPercent, 3);
        Assert.Equal((female.BodyFatPercent + male.BodyFatPercent) / 2, body.BodyFatPercent, 6);
        Assert.InRange(body.FfmKg, female.FfmKg, male.FfmKg);
        Assert.True(body.BodyFatAssumed);
        Assert.Equal(SexReference.Midpoint, body.SexReference);
    }

    [Theory]
    [MemberData(nameof(NeitherFemaleNorMale))]
    public void The_FFMI_median_and_plausibility_limit_are_the_midpoints(Sex sex)
    {
        Assert.Equal(17.15, BodyComposition.MedianFfmi(sex), 6);
        Assert.InRange(BodyComposition.MedianFfmi(sex), BodyComposition.MedianFfmi(Sex.Female), BodyComposition.MedianFfmi(Sex.Male));
        Assert.Equal(23.5, BodyComposition.ImplausibleNormalizedFfmi(sex), 6);
        Assert.False(BodyComposition.IsImplausible(sex, 23.4));
        Assert.True(BodyComposition.IsImplausible(sex, 23.6));
        Assert.Equal(17.15, AthleteBuilder.Blank(AthleteBuilder.Man with { Sex = sex }).Evaluate().Body.MedianFfmi, 6);
    }

    /// <summary>ACE bounds at the midpoints 10 / 17.5 / 21.5 / 28.5 %: 19 % is average for men and athletes for women, fitness midway.</summary>
    [Theory]
    [InlineData(9.9, BodyFatCategory.Essential)]
    [InlineData(10, BodyFatCategory.Athletes)]
    [InlineData(17.5, BodyFatCategory.Fitness)]
    [InlineData(19, BodyFatCategory.Fitness)]
    [InlineData(21.5, BodyFatCategory.Average)]
    [InlineData(28.5, BodyFatCategory.Obese)]
    public void The_body_fat_categories_start_at_the_midpoints_of_the_womens_and_mens_bounds(double bodyFat, BodyFatCategory expected)
    {
        Assert.Equal(expected, BodyComposition.Category(Sex.Other, bodyFat));
        Assert.Equal(expected, BodyComposition.Category(Sex.Unspecified, bodyFat));
        Assert.InRange((int)BodyComposition.Category(Sex.Other, 19), (int)BodyComposition.Category(Sex.Female, 19), (int)BodyComposition.Category(Sex.Male, 19));
    }

    [Theory]
    [MemberData(nameof(NeitherFemaleNorMale))]
    public void The_energy_target_on_the_estimated_fat_free_mass_lies_between_female_and_male(Sex sex)
    {
        var female = AthleteBuilder.Steady(Estimated(Sex.Female)).Evaluate().Targets;
        var male = AthleteBuilder.Steady(Estimated(Sex.Male)).Evaluate().Targets;
        var targets = AthleteBuilder.Steady(Estimated(sex)).Evaluate().Targets;

        Assert.InRange(targets.EnergyKcal, female.EnergyKcal, male.EnergyKcal);
        Assert.True(female.EnergyKcal < male.EnergyKcal);
    }

    [Theory]
    [MemberData(nameof(NeitherFemaleNorMale))]
    public void The_report_and_the_plan_say_the_midpoint_was_used(Sex sex)
    {
        var athlete = AthleteBuilder.Steady(AthleteBuilder.Man with { Sex = sex });

        var report = athlete.Evaluate();
        var plan = CoachingEngine.PlanWeek(athlete.Build(), AthleteBuilder.AsOf, AthleteBuilder.AsOf);

        Assert.Equal([ReportNotes.SexMidpoint], report.Notes);
        Assert.Equal([ReportNotes.SexMidpoint], plan.Notes);
        Assert.Contains("midpoint of the female and male values", ReportNotes.SexMidpoint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Sex.Female, SexReference.Female)]
    [InlineData(Sex.Male, SexReference.Male)]
    public void Female_and_male_reports_read_their_own_references_and_carry_no_note(Sex sex, SexReference expected)
    {
        var report = AthleteBuilder.Steady(AthleteBuilder.Man with { Sex = sex }).Evaluate();

        Assert.Equal(expected, report.Body.SexReference);
        Assert.Empty(report.Notes);
        Assert.Empty(report.Plan.Notes);
    }
}
