namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>proteinDays: days whose logged protein reached 1.6 g per kg of that day's body mass.</summary>
public sealed class ProteinDaysTests
{
    private static readonly ChallengeRules TwoWeeks = Challenge.Rules(ChallengeMetric.ProteinDays, new(2026, 11, 2), new(2026, 11, 15));

    [Fact]
    public void Judges_by_the_profile_weight_when_there_is_no_measurement()
    {
        // 70 kg x 1.6 g/kg = 112 g.
        var log = new Log(profileWeightKg: 70)
            .Nutrition(new(2026, 11, 3), 120)
            .Nutrition(new(2026, 11, 4), 100)
            .Nutrition(new(2026, 11, 5), 112)
            .Nutrition(new(2026, 11, 1), 150);

        // Nov 3 (120 >= 112) and Nov 5 (112 >= 112, exactly on target); Nov 4 is short; Nov 1 is before the start.
        Assert.Equal(2m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_measurement_on_or_before_the_day_replaces_the_profile_weight()
    {
        // Targets: 70 kg -> 112 g until Nov 4, 80 kg -> 128 g from Nov 4, 60 kg -> 96 g from Nov 8.
        var log = new Log(profileWeightKg: 70)
            .Measurement(new(2026, 11, 8), 60)
            .Measurement(new(2026, 11, 4), 80)
            .Nutrition(new(2026, 11, 3), 120)
            .Nutrition(new(2026, 11, 4), 120)
            .Nutrition(new(2026, 11, 7), 100)
            .Nutrition(new(2026, 11, 8), 100);

        // Nov 3 met at 70 kg; Nov 4 (120 < 128) is not, though it would be at the profile's 70 kg; Nov 7 is judged at
        // 80 kg, not at the later 60 kg (100 < 128); Nov 8 is met at 60 kg (100 >= 96).
        Assert.Equal(2m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_measurement_taken_on_the_day_judges_that_day()
    {
        // Weighed 80 kg on Nov 4: 120 g < 128 g, though 120 g would meet the profile's 70 kg (112 g).
        var log = new Log(profileWeightKg: 70).Measurement(new(2026, 11, 4), 80).Nutrition(new(2026, 11, 4), 120);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_measurement_before_the_challenge_still_sets_the_weight()
    {
        // Weighed 60 kg on Oct 20: target 96 g, so 100 g on Nov 3 counts although 100 < 112 at the profile's 70 kg.
        var log = new Log(profileWeightKg: 70)
            .Measurement(new(2026, 10, 20), 60)
            .Nutrition(new(2026, 11, 3), 100);

        Assert.Equal(1m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_day_without_nutrition_is_not_a_protein_day()
    {
        var log = new Log(profileWeightKg: 70).Run(new(2026, 11, 3), 10).LegSession(new(2026, 11, 4));

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Without_any_body_mass_no_day_can_be_judged()
    {
        var log = new Log(profileWeightKg: null).Nutrition(new(2026, 11, 3), 250);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    /// <summary>
    /// Exactly 1.6 g/kg logged to the tenth of a gram: 71 kg x 1.6 = 113.6 g, 46 kg x 1.6 = 73.6 g, 48 kg x 1.6 = 76.8 g.
    /// In doubles 1.6 * 71 is 113.60000000000001 while the logged 113.6 is 113.59999999999999, so the day misses.
    /// </summary>
    [Theory]
    [InlineData(71, 113.6)]
    [InlineData(46, 73.6)]
    [InlineData(48, 76.8)]
    public void Protein_exactly_on_target_to_the_tenth_gram_counts(double weightKg, double proteinG)
    {
        var log = new Log(profileWeightKg: weightKg).Nutrition(new(2026, 11, 3), proteinG);

        Assert.Equal(1m, Challenge.Total(TwoWeeks, log));
    }
}
