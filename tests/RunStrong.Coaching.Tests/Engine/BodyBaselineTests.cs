using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

public sealed class BodyBaselineTests
{
    [Fact]
    public void Man_of_180_cm_70_kg_12_percent_has_ffm_61_6_and_ffmi_19_0_just_above_the_median_18_9()
    {
        var body = AthleteBuilder.Blank().Evaluate().Body;

        Assert.Equal(61.6, body.FfmKg, 6);
        Assert.Equal(19.01, body.Ffmi, 2); // 61.6 / 3.24
        Assert.Equal(body.Ffmi, body.NormalizedFfmi, 6); // 1.80 m: no height correction
        Assert.Equal(18.9, body.MedianFfmi);
        Assert.Equal(0.11, body.FfmiVsMedian, 2);
        Assert.Equal(FfmiPlacement.AtOrAboveMedian, body.Placement);
        Assert.Equal(BodyFatCategory.Athletes, body.BodyFatCategory);
        Assert.False(body.BodyFatAssumed);
        Assert.Equal(21.6, body.Bmi, 1);
    }

    [Fact]
    public void Woman_of_165_cm_60_kg_22_percent_has_normalised_ffmi_18_1()
    {
        var body = AthleteBuilder.Blank(AthleteBuilder.Woman).Evaluate().Body;

        Assert.Equal(46.8, body.FfmKg, 6);
        Assert.Equal(17.19, body.Ffmi, 2); // 46.8 / 2.7225
        Assert.Equal(18.135, body.NormalizedFfmi, 3); // + 6.3 x 0.15
        Assert.Equal(15.4, body.MedianFfmi);
        Assert.Equal(BodyFatCategory.Fitness, body.BodyFatCategory);
    }

    /// <summary>
    /// Deurenberg et al. 1991 for the 36-year-old of 180 cm and 70 kg (BMI 21.6): men 1.2 x 21.6 + 0.23 x 36 - 10.8 - 5.4
    /// = 18.0 %, women 28.8 %.
    /// </summary>
    [Theory]
    [InlineData(Sex.Male, 18.006, 57.396)]
    [InlineData(Sex.Female, 28.806, 49.836)]
    public void Without_body_fat_it_is_estimated_from_BMI_age_and_sex_and_flagged(Sex sex, double assumed, double ffm)
    {
        var profile = AthleteBuilder.Man with { Sex = sex, BodyFatPercent = null, BodyFatMethod = null };

        var body = AthleteBuilder.Blank(profile).Evaluate().Body;

        Assert.True(body.BodyFatAssumed);
        Assert.Equal(assumed, body.BodyFatPercent, 3);
        Assert.Equal(ffm, body.FfmKg, 3);
        Assert.Null(body.BodyFatMethod);
    }

    [Fact]
    public void The_latest_plausible_measurement_wins_over_the_profile()
    {
        var body = AthleteBuilder.Blank().Weigh(10, 72, 14, BodyFatMethod.Bia).Weigh(3, 71).Evaluate().Body;

        Assert.Equal(71, body.BodyMassKg);
        Assert.Equal(14, body.BodyFatPercent); // latest reading with body fat
        Assert.Equal(BodyFatMethod.Bia, body.BodyFatMethod);
        Assert.Equal(71 * 0.86, body.FfmKg, 6);
    }

    [Fact]
    public void Measurements_after_as_of_are_ignored()
    {
        Assert.Equal(70, AthleteBuilder.Blank().Weigh(-1, 75).Evaluate().Body.BodyMassKg);
    }

    [Theory]
    [InlineData(Sex.Male, 5.9, BodyFatCategory.Essential)]
    [InlineData(Sex.Male, 6, BodyFatCategory.Athletes)]
    [InlineData(Sex.Male, 13.9, BodyFatCategory.Athletes)]
    [InlineData(Sex.Male, 14, BodyFatCategory.Fitness)]
    [InlineData(Sex.Male, 18, BodyFatCategory.Average)]
    [InlineData(Sex.Male, 24.9, BodyFatCategory.Average)]
    [InlineData(Sex.Male, 25, BodyFatCategory.Obese)]
    [InlineData(Sex.Female, 13.9, BodyFatCategory.Essential)]
    [InlineData(Sex.Female, 14, BodyFatCategory.Athletes)]
    [InlineData(Sex.Female, 21, BodyFatCategory.Fitness)]
    [InlineData(Sex.Female, 25, BodyFatCategory.Average)]
    [InlineData(Sex.Female, 31.9, BodyFatCategory.Average)]
    [InlineData(Sex.Female, 32, BodyFatCategory.Obese)]
    public void Body_fat_category_follows_the_ace_chart(Sex sex, double bodyFat, BodyFatCategory expected)
    {
        Assert.Equal(expected, BodyComposition.Category(sex, bodyFat));
    }
}
