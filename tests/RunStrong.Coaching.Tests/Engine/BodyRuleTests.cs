using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Engine.RuleCodes;

namespace RunStrong.Coaching.Tests.Engine;

public sealed class BodyRuleTests
{
    /// <summary>The steady athlete with two dexa readings: 70 kg at 12 % (FFM 61.6) 70 days ago, and today's.</summary>
    private static AthleteBuilder FfmReadings(double kgToday, double bodyFatToday, int baselineDaysAgo = 70, BodyFatMethod baselineMethod = BodyFatMethod.Dexa)
    {
        var athlete = AthleteBuilder.Steady();
        athlete.Measurements.Clear();
        return athlete.Weigh(baselineDaysAgo, 70, 12, baselineMethod).Weigh(0, kgToday, bodyFatToday, BodyFatMethod.Dexa);
    }

    [Fact]
    public void Ffm_down_1_9_kg_over_10_weeks_fires_MUSCLE_LOSS_RISK_as_advice_with_high_risk_when_every_lever_holds()
    {
        // 69 kg at 13.5 % = 59.685 kg FFM: -1.915 kg (-3.1 %) from 61.6 kg.
        var report = FfmReadings(69, 13.5).Evaluate();

        var rec = report.Fires(MuscleLossRisk);
        Assert.Equal(Severity.Advice, rec.Severity);
        Assert.Equal(-1.91, rec.Actual);
        Assert.Contains("fell 1.9 kg (3.1 %) over 70 days", rec.Message, StringComparison.Ordinal);
        Assert.Equal(MuscleRetentionRisk.High, report.MuscleRetentionRisk); // observed loss ranks with two failing habits
        Assert.Equal([RetentionLever.LeanMassLoss], report.RiskFactors);
        Assert.Contains("Protein, leg strength and energy look on track", rec.Message, StringComparison.Ordinal);
        report.DoesNotFire(ReferDietitian);
    }

    [Fact]
    public void Ffm_down_0_84_kg_and_1_4_percent_does_not_fire_MUSCLE_LOSS_RISK()
    {
        // 70 kg at 13.2 % = 60.76 kg FFM: -0.84 kg, -1.36 %.
        FfmReadings(70, 13.2).Evaluate().DoesNotFire(MuscleLossRisk);
    }

    [Fact]
    public void Ffm_down_2_percent_but_under_1_kg_fires_MUSCLE_LOSS_RISK()
    {
        // Woman: 60 kg at 22 % = 46.8 kg FFM; 59 kg at 22.3 % = 45.84 kg: -0.96 kg (under 1 kg) but -2.04 %.
        var athlete = AthleteBuilder.Steady(AthleteBuilder.Woman);
        athlete.Measurements.Clear();
        athlete.Weigh(70, 60, 22, BodyFatMethod.Dexa).Weigh(0, 59, 22.3, BodyFatMethod.Dexa);

        Assert.Equal(-0.96, athlete.Evaluate().Fires(MuscleLossRisk).Actual);
    }

    [Fact]
    public void Ffm_readings_by_different_methods_are_not_compared()
    {
        FfmReadings(69, 13.5, baselineMethod: BodyFatMethod.Bia).Evaluate().DoesNotFire(MuscleLossRisk);
    }

    [Fact]
    public void Ffm_readings_under_8_weeks_apart_are_not_compared()
    {
        FfmReadings(69, 13.5, baselineDaysAgo: 55).Evaluate().DoesNotFire(MuscleLossRisk);
    }

    [Fact]
    public void Ffm_loss_with_low_protein_is_a_warning_with_high_risk_and_a_dietitian_referral()
    {
        var report = FfmReadings(69, 13.5).EatDaily(3300, 100, 420).Evaluate();

        var rec = report.Fires(MuscleLossRisk);
        Assert.Equal(Severity.Warning, rec.Severity);
        Assert.Contains("Short: protein 1.4 g/kg a day (target 1.6)", rec.Message, StringComparison.Ordinal);
        Assert.Equal(MuscleRetentionRisk.High, report.MuscleRetentionRisk);
        Assert.Equal([RetentionLever.LeanMassLoss, RetentionLever.Protein], report.RiskFactors);
        Assert.Contains("signs of muscle loss", report.Fires(ReferDietitian).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ffm_loss_with_low_protein_and_no_leg_sessions_is_an_alert_listed_first()
    {
        var athlete = FfmReadings(69, 13.5).EatDaily(3300, 100, 420);
        athlete.Strength.RemoveAll(s => s.UtcDay() > AthleteBuilder.AsOf.AddDays(-7));

        var report = athlete.Evaluate();

        Assert.Equal(Severity.Alert, report.Fires(MuscleLossRisk).Severity);
        Assert.Equal(MuscleLossRisk, report.Recommendations[0].Code);
    }

    private static AthleteBuilder RapidLoss(double intakeKcal)
    {
        // 70, 69.2, 68.4 kg a week apart: -0.8 kg/week over a mean of 69.2 kg = -1.16 %/week.
        var athlete = AthleteBuilder.Steady().EatDaily(intakeKcal, 120, 300);
        athlete.Measurements.Clear();
        return athlete.Weigh(14, 70).Weigh(7, 69.2).Weigh(0, 68.4);
    }

    [Fact]
    public void Losing_1_16_percent_a_week_with_low_energy_availability_fires_MUSCLE_LOSS_RISK()
    {
        // EA = (2000 - 444.3 + ...) : body mass 68.4 kg -> FFM 60.19; exercise (38 x 68.4 + 450) / 7 = 435.6; EA = 25.9.
        var report = RapidLoss(2000).Evaluate();

        var rec = report.Fires(MuscleLossRisk);
        Assert.Contains("falling 1.2 % a week while energy availability is low (26", rec.Message, StringComparison.Ordinal);
        Assert.Equal("%/week", rec.Unit);
        var refer = report.Fires(ReferDietitian);
        Assert.Contains("energy availability is 26", refer.Message, StringComparison.Ordinal);
        Assert.Contains("falling 1.2 % a week", refer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Losing_1_16_percent_a_week_with_adequate_energy_availability_refers_to_a_dietitian_without_MUSCLE_LOSS_RISK()
    {
        var report = RapidLoss(3300).Evaluate();

        report.DoesNotFire(MuscleLossRisk);
        report.Fires(ReferDietitian);
        Assert.Equal([RetentionLever.RapidWeightLoss], report.RiskFactors);
        Assert.Equal(MuscleRetentionRisk.Moderate, report.MuscleRetentionRisk);
    }

    [Fact]
    public void No_reason_no_REFER_DIETITIAN()
    {
        AthleteBuilder.Steady().Evaluate().DoesNotFire(ReferDietitian);
    }

    [Fact]
    public void Two_failing_levers_without_observed_loss_give_high_risk_without_MUSCLE_LOSS_RISK()
    {
        var athlete = AthleteBuilder.Steady().EatDaily(3300, 100, 420);
        athlete.Strength.RemoveAll(s => s.UtcDay() > AthleteBuilder.AsOf.AddDays(-7));

        var report = athlete.Evaluate();

        Assert.Equal(MuscleRetentionRisk.High, report.MuscleRetentionRisk);
        Assert.Equal([RetentionLever.Protein, RetentionLever.LegStrength], report.RiskFactors);
        report.DoesNotFire(MuscleLossRisk);
    }

    private static AthleteBuilder Unweighed(AthleteProfile? profile = null)
    {
        var athlete = AthleteBuilder.Steady(profile);
        athlete.Measurements.Clear();
        return athlete;
    }

    [Fact]
    public void A_man_at_95_kg_and_5_percent_fat_has_normalised_ffmi_27_9_and_fires_MEASUREMENT_IMPLAUSIBLE()
    {
        // FFM 90.25 kg / 1.8^2 = 27.85, height 1.80 m so no normalisation: above 25.
        var report = Unweighed().Weigh(0, 95, 5, BodyFatMethod.Bia).Evaluate();

        var rec = report.Fires(MeasurementImplausible);
        Assert.Equal((27.9, 25.0), (rec.Actual, rec.Target));
        Assert.Contains("2026-11-25", rec.Message, StringComparison.Ordinal);
        Assert.Equal(70, report.Body.BodyMassKg); // the entry is not a rule input: the profile's 70 kg stands
    }

    [Fact]
    public void A_man_at_80_kg_and_8_percent_fat_has_normalised_ffmi_22_7_and_is_plausible()
    {
        Unweighed().Weigh(0, 80, 8, BodyFatMethod.Bia).Evaluate().DoesNotFire(MeasurementImplausible);
    }

    [Fact]
    public void A_woman_at_165_cm_70_kg_and_10_percent_fat_has_normalised_ffmi_24_1_above_22()
    {
        // FFM 63 / 1.65^2 = 23.14, + 6.3 x (1.80 - 1.65) = 24.09
        var rec = Unweighed(AthleteBuilder.Woman).Weigh(0, 70, 10, BodyFatMethod.Bia).Evaluate().Fires(MeasurementImplausible);

        Assert.Equal((24.1, 22.0), (rec.Actual, rec.Target));
    }

    [Fact]
    public void A_3_1_percent_jump_in_one_day_fires_MEASUREMENT_IMPLAUSIBLE_and_is_left_out()
    {
        // 70 kg yesterday -> 72.2 kg today is +3.14 %.
        var athlete = Unweighed().Weigh(1, 70).Weigh(0, 72.2);

        var report = athlete.Evaluate();

        var rec = report.Fires(MeasurementImplausible);
        Assert.Equal((3.1, 3.0), (rec.Actual, rec.Target));
        Assert.Equal(70, report.Body.BodyMassKg);
    }

    [Fact]
    public void A_3_percent_change_in_one_day_is_plausible()
    {
        // 70 -> 72.1 kg is exactly +3.0 %.
        var report = Unweighed().Weigh(1, 70).Weigh(0, 72.1).Evaluate();

        report.DoesNotFire(MeasurementImplausible);
        Assert.Equal(72.1, report.Body.BodyMassKg);
    }

    [Fact]
    public void A_3_1_percent_change_over_two_days_is_plausible()
    {
        Unweighed().Weigh(2, 70).Weigh(0, 72.2).Evaluate().DoesNotFire(MeasurementImplausible);
    }

    [Fact]
    public void An_implausible_profile_body_fat_is_flagged_and_replaced_by_the_estimate()
    {
        // 90 kg at 3 % = 87.3 kg FFM / 3.24 = 26.9. Estimated instead: BMI 27.8 -> 1.2 x 27.78 + 0.23 x 36 - 16.2 = 25.4 %.
        var report = AthleteBuilder.Blank(AthleteBuilder.Man with { WeightKg = 90, BodyFatPercent = 3 }).Evaluate();

        Assert.Contains("profile's body fat of 3.0 %", report.Fires(MeasurementImplausible).Message, StringComparison.Ordinal);
        Assert.True(report.Body.BodyFatAssumed);
        Assert.Equal(25.41, report.Body.BodyFatPercent, 2);
    }
}
