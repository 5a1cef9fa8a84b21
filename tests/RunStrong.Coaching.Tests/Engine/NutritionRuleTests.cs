using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Engine.RuleCodes;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The steady 70 kg man (FFM 61.6 kg, exercise 444.3 kcal/day) with one thing changed per test.</summary>
public sealed class NutritionRuleTests
{
    private static AthleteBuilder Steady => AthleteBuilder.Steady();

    private static AthleteBuilder LoggedOnly(int days)
    {
        var athlete = Steady;
        athlete.Nutrition.RemoveAll(d => d.Date <= AthleteBuilder.AsOf && d.Date > AthleteBuilder.AsOf.AddDays(-7 + days));
        return athlete;
    }

    [Fact]
    public void Three_logged_days_of_seven_fire_LOGGING_INSUFFICIENT_and_pause_protein_advice()
    {
        var athlete = LoggedOnly(3);
        for (var ago = 4; ago < 7; ago++)
        {
            athlete.Eat(ago, 3300, 50, 420); // 0.7 g/kg would fire PROTEIN_DAILY_LOW if nutrition rules ran
        }

        var report = athlete.Evaluate();

        var rec = report.Fires(LoggingInsufficient);
        Assert.Equal((3.0, 4.0), (rec.Actual, rec.Target));
        Assert.Equal(Severity.Advice, rec.Severity);
        report.DoesNotFire(ProteinDailyLow);
        report.DoesNotFire(EnergyAvailabilityLow);
        report.DoesNotFire(CarbsLowForLoad);
    }

    [Fact]
    public void Four_logged_days_of_seven_do_not_fire_LOGGING_INSUFFICIENT()
    {
        var report = LoggedOnly(4).Evaluate();

        report.DoesNotFire(LoggingInsufficient);
        Assert.Equal(4, report.Nutrition.LoggedDays);
    }

    [Fact]
    public void A_log_dated_after_as_of_does_not_count()
    {
        var athlete = LoggedOnly(3).Eat(-1, 3300, 120, 420);

        athlete.Evaluate().Fires(LoggingInsufficient);
    }

    [Fact]
    public void Protein_of_111_g_for_70_kg_is_below_1_6_g_per_kg_and_fires_PROTEIN_DAILY_LOW_targeting_112_g()
    {
        var rec = Steady.EatDaily(3300, 111, 420).Evaluate().Fires(ProteinDailyLow);

        Assert.Equal(Severity.Advice, rec.Severity);
        Assert.Equal((111.0, 112.0), (rec.Actual, rec.Target)); // 1.6 x 70 = 112
        Assert.Contains("111 g a day (1.59 g/kg)", rec.Message, StringComparison.Ordinal);
        Assert.Contains("range 98-140 g", rec.Message, StringComparison.Ordinal); // 1.4 and 2.0 x 70
        Assert.Equal(EvidenceGrade.A, rec.Grade);
        Assert.False(rec.Contested);
    }

    [Fact]
    public void Protein_of_112_g_for_70_kg_meets_1_6_g_per_kg_and_does_not_fire()
    {
        Steady.EatDaily(3300, 112, 420).Evaluate().DoesNotFire(ProteinDailyLow);
    }

    [Fact]
    public void Protein_below_1_2_g_per_kg_raises_PROTEIN_DAILY_LOW_to_a_warning()
    {
        // 1.2 x 70 = 84 g
        Assert.Equal(Severity.Warning, Steady.EatDaily(3300, 83, 420).Evaluate().Fires(ProteinDailyLow).Severity);
        Assert.Equal(Severity.Advice, Steady.EatDaily(3300, 84, 420).Evaluate().Fires(ProteinDailyLow).Severity);
    }

    [Fact]
    public void Protein_mean_is_over_logged_days_only()
    {
        // 5 logged days at 112 g: an unlogged day is unknown, not zero.
        var report = LoggedOnly(5).Evaluate();

        report.DoesNotFire(ProteinDailyLow);
        Assert.Equal(120, report.Nutrition.ProteinG);
    }

    [Fact]
    public void Three_meals_of_21_g_or_more_a_day_fire_PROTEIN_DISTRIBUTION()
    {
        // 0.3 g/kg x 70 kg = 21 g; the fourth meal has 20.9 g.
        var rec = Steady.EatDaily(3300, 120, 420, meals: [30, 30, 30, 20.9]).Evaluate().Fires(ProteinDistribution);

        Assert.Equal((3.0, 4.0), (rec.Actual, rec.Target));
        Assert.Contains("On 7 of 7 days", rec.Message, StringComparison.Ordinal);
        Assert.Contains("about 28 g (0.4 g/kg)", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_meals_of_exactly_21_g_do_not_fire_PROTEIN_DISTRIBUTION()
    {
        Steady.EatDaily(3300, 120, 420, meals: [21, 21, 21, 21]).Evaluate().DoesNotFire(ProteinDistribution);
    }

    [Fact]
    public void PROTEIN_DISTRIBUTION_needs_short_days_to_be_the_majority_of_meal_logged_days()
    {
        var athlete = Steady;
        for (var ago = 0; ago < 3; ago++)
        {
            athlete.Eat(ago, 3300, 120, 420, meals: [40, 40, 40]); // 3 short days of 7
        }

        athlete.Evaluate().DoesNotFire(ProteinDistribution);
        athlete.Eat(3, 3300, 120, 420, meals: [40, 40, 40]).Evaluate().Fires(ProteinDistribution); // 4 of 7
    }

    [Fact]
    public void PROTEIN_DISTRIBUTION_needs_3_days_with_meals_logged()
    {
        var athlete = Steady.EatDaily(3300, 120, 420); // no meals
        athlete.Eat(0, 3300, 120, 420, meals: [60, 60]).Eat(1, 3300, 120, 420, meals: [60, 60]);

        athlete.Evaluate().DoesNotFire(ProteinDistribution);
        athlete.Eat(2, 3300, 120, 420, meals: [60, 60]).Evaluate().Fires(ProteinDistribution);
    }

    private static AthleteBuilder Losing(params double[] weightsEveryWeekEndingToday)
    {
        var athlete = Steady;
        athlete.Measurements.Clear();
        for (var i = 0; i < weightsEveryWeekEndingToday.Length; i++)
        {
            athlete.Weigh(7 * (weightsEveryWeekEndingToday.Length - 1 - i), weightsEveryWeekEndingToday[i]);
        }

        return athlete;
    }

    [Fact]
    public void Losing_0_5_kg_a_week_for_3_weeks_is_0_72_percent_and_fires_PROTEIN_IN_DEFICIT_with_2_3_g_per_kg_ffm()
    {
        // slope -0.5 kg/week over a mean of 69.25 kg = -0.72 %/week; FFM 68.5 x 0.88 = 60.28 kg; 2.3 x 60.28 = 139 g.
        var report = Losing(70, 69.5, 69, 68.5).Evaluate();

        var rec = report.Fires(ProteinInDeficit);
        Assert.Equal(Severity.Advice, rec.Severity);
        Assert.Equal((120.0, 139.0), (rec.Actual, rec.Target));
        Assert.Contains("falling 0.7 % a week over 21 days", rec.Message, StringComparison.Ordinal);
        Assert.Contains("139-187 g", rec.Message, StringComparison.Ordinal); // 3.1 x 60.28 = 187
        Assert.Equal(-0.722, report.Trend.MassChangePercentPerWeek!.Value, 3);
        Assert.Equal(139, report.Targets.ProteinG); // the daily target follows the deficit
    }

    [Fact]
    public void Losing_0_3_kg_a_week_is_0_43_percent_and_does_not_fire_PROTEIN_IN_DEFICIT()
    {
        Losing(70, 69.7, 69.4, 69.1).Evaluate().DoesNotFire(ProteinInDeficit);
    }

    [Fact]
    public void Losing_0_72_percent_a_week_over_only_2_weeks_does_not_fire_PROTEIN_IN_DEFICIT()
    {
        Losing(69.5, 69, 68.5).Evaluate().DoesNotFire(ProteinInDeficit);
    }

    [Fact]
    public void Already_eating_2_3_g_per_kg_ffm_in_a_deficit_makes_PROTEIN_IN_DEFICIT_info()
    {
        var rec = Losing(70, 69.5, 69, 68.5).EatDaily(3300, 140, 420).Evaluate().Fires(ProteinInDeficit);

        Assert.Equal(Severity.Info, rec.Severity);
    }

    [Fact]
    public void An_interval_session_today_fires_RECOVERY_FUEL_with_0_3_g_per_kg_protein()
    {
        var rec = Steady.Run(0, RunKind.Interval, 8, 45).Evaluate().Fires(RecoveryFuel);

        Assert.Equal(21, rec.Target); // 0.3 x 70
        Assert.Contains("about 21 g protein (0.3 g/kg) with about 70 g carbohydrate", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_easy_run_of_75_min_yesterday_fires_RECOVERY_FUEL()
    {
        Steady.Run(1, RunKind.Easy, 13, 75).Evaluate().Fires(RecoveryFuel);
    }

    [Fact]
    public void An_easy_run_of_74_min_today_does_not_fire_RECOVERY_FUEL()
    {
        Steady.Run(0, RunKind.Easy, 13, 74).Evaluate().DoesNotFire(RecoveryFuel);
    }

    [Fact]
    public void An_interval_session_two_days_ago_is_outside_the_last_24_h_and_does_not_fire_RECOVERY_FUEL()
    {
        Steady.Run(2, RunKind.Interval, 8, 45).Evaluate().DoesNotFire(RecoveryFuel);
    }

    [Fact]
    public void Carbs_of_209_g_for_70_kg_in_the_light_band_fire_CARBS_LOW_FOR_LOAD_targeting_210_g()
    {
        // 294 training minutes / 7 days = 0.70 h a day: light band, 3-5 g/kg = 210-350 g.
        var rec = Steady.EatDaily(3300, 120, 209).Evaluate().Fires(CarbsLowForLoad);

        Assert.Equal((209.0, 210.0), (rec.Actual, rec.Target));
        Assert.Contains("3-5 g/kg, 210-350 g a day", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Carbs_of_210_g_for_70_kg_in_the_light_band_do_not_fire_CARBS_LOW_FOR_LOAD()
    {
        Steady.EatDaily(3300, 120, 210).Evaluate().DoesNotFire(CarbsLowForLoad);
    }

    [Fact]
    public void An_extra_30_min_session_moves_the_athlete_to_the_moderate_band_of_5_to_7_g_per_kg()
    {
        // (294 + 30) / 7 / 60 = 0.77 h a day >= 0.75: moderate, 5 x 70 = 350 g.
        var athlete = Steady.UpperBodySession(0).EatDaily(3300, 120, 349);
        athlete.Strength[^1] = athlete.Strength[^1] with { DurationMin = 30 };

        var rec = athlete.Evaluate().Fires(CarbsLowForLoad);

        Assert.Equal(350, rec.Target);
        athlete.EatDaily(3300, 120, 350).Evaluate().DoesNotFire(CarbsLowForLoad);
    }

    private static AthleteBuilder WithLongRun(double minutes)
    {
        var athlete = Steady;
        athlete.Runs.RemoveAll(r => r.UtcDay() == AthleteBuilder.AsOf.AddDays(-3));
        return athlete.Run(3, RunKind.Long, 12, minutes);
    }

    [Fact]
    public void A_logged_run_of_76_min_fires_FUEL_DURING_LONG_RUNS_with_30_to_60_g_per_hour()
    {
        var rec = WithLongRun(76).Evaluate().Fires(FuelDuringLongRuns);

        Assert.Equal(60, rec.Target);
        Assert.Equal("g/h", rec.Unit);
        Assert.Contains("76-min run on 2026-11-22", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logged_run_of_exactly_75_min_does_not_fire_FUEL_DURING_LONG_RUNS()
    {
        // The plan's long run is then 12.7 km x 5.82 min/km = 74 min, also not over 75.
        WithLongRun(75).Evaluate().DoesNotFire(FuelDuringLongRuns);
    }

    [Fact]
    public void A_planned_long_run_over_2_5_h_fires_FUEL_DURING_LONG_RUNS_with_up_to_90_g_per_hour()
    {
        // 5 runs a week: 4 easy of 15 km/90 min and a long run of 35 km/210 min = 95 km at 6 min/km. The plan holds
        // 6 x 3 min intervals (48 min, 8.7 km); the long run is 1.5 shares of the 86.3 km left over 3 easy runs and
        // itself: 1.5 x 86.3 / 4.5 = 28.7 km x 6 min/km = 172 min, beyond 2.5 h.
        var athlete = AthleteBuilder.Blank().EatDaily(4500, 120, 600);
        for (var ago = 0; ago < 28; ago++)
        {
            if (ago % 7 == 3)
            {
                athlete.Run(ago, RunKind.Long, 35, 210);
            }
            else if (ago % 7 is 0 or 1 or 2 or 5)
            {
                athlete.Run(ago, RunKind.Easy, 15, 90);
            }
        }

        var rec = athlete.Evaluate().Fires(FuelDuringLongRuns);

        Assert.Equal(90, rec.Target);
        Assert.Contains("is planned at 172 min", rec.Message, StringComparison.Ordinal);
        Assert.Contains("up to 90 g per hour beyond 2.5 h", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_of_2290_kcal_gives_ea_29_96_and_fires_ENERGY_AVAILABILITY_LOW_as_a_contested_warning()
    {
        // (2290 - 444.3) / 61.6 = 29.96 kcal/kg FFM/day
        var report = Steady.EatDaily(2290, 120, 420).Evaluate();

        var rec = report.Fires(EnergyAvailabilityLow);
        Assert.Equal(Severity.Warning, rec.Severity);
        Assert.True(rec.Contested);
        Assert.Equal((30.0, 45.0), (rec.Actual, rec.Target));
        Assert.Contains("hold off any diet and any added intensity", rec.Message, StringComparison.Ordinal);
        Assert.Contains("less certain in men", rec.Message, StringComparison.Ordinal);
        report.Fires(ReferDietitian);
    }

    [Fact]
    public void Intake_of_2300_kcal_gives_ea_30_1_and_fires_ENERGY_AVAILABILITY_LOW_only_as_sub_optimal_info()
    {
        // (2300 - 444.3) / 61.6 = 30.12
        var report = Steady.EatDaily(2300, 120, 420).Evaluate();

        var rec = report.Fires(EnergyAvailabilityLow);
        Assert.Equal(Severity.Info, rec.Severity);
        Assert.Contains("sub-optimal", rec.Message, StringComparison.Ordinal);
        report.DoesNotFire(ReferDietitian);
    }

    [Fact]
    public void Intake_of_3220_kcal_gives_ea_45_1_and_does_not_fire_ENERGY_AVAILABILITY_LOW()
    {
        // (3220 - 444.3) / 61.6 = 45.06; 3210 gives 44.9 and fires as info.
        Steady.EatDaily(3220, 120, 420).Evaluate().DoesNotFire(EnergyAvailabilityLow);
        Assert.Equal(Severity.Info, Steady.EatDaily(3210, 120, 420).Evaluate().Fires(EnergyAvailabilityLow).Severity);
    }

    [Fact]
    public void Low_energy_availability_for_a_woman_does_not_carry_the_note_about_men()
    {
        // Woman: FFM 46.8 kg; no training, so EA = 1300 / 46.8 = 27.8.
        var rec = AthleteBuilder.Blank(AthleteBuilder.Woman).EatDaily(1300, 100, 200).Evaluate().Fires(EnergyAvailabilityLow);

        Assert.Equal(Severity.Warning, rec.Severity);
        Assert.DoesNotContain("men", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Energy_availability_uses_the_assumed_body_fat_and_says_so_when_none_is_logged()
    {
        var athlete = AthleteBuilder.Blank(AthleteBuilder.Man with { BodyFatPercent = null, BodyFatMethod = null }).EatDaily(1700, 120, 200);

        // Body fat estimated at 18.0 % (Deurenberg: BMI 21.6, age 36, man): FFM 57.4 kg; EA = 1700 / 57.4 = 29.6
        var rec = athlete.Evaluate().Fires(EnergyAvailabilityLow);

        Assert.Equal(29.6, rec.Actual);
        Assert.Contains("body fat estimated at 18 % from your BMI, age and sex", rec.Message, StringComparison.Ordinal);
    }
}
