using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Engine.RuleCodes;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The steady athlete has leg sessions 2 days ago (Mon) and 5 days ago (Fri), 4 sets per exercise.</summary>
public sealed class StrengthRuleTests
{
    private static readonly DateOnly AsOf = AthleteBuilder.AsOf;

    private static AthleteBuilder WithoutLegSessionsSince(int daysAgo, AthleteProfile? profile = null)
    {
        var athlete = AthleteBuilder.Steady(profile);
        athlete.Strength.RemoveAll(s => s.UtcDay() > AsOf.AddDays(-daysAgo - 1));
        return athlete;
    }

    [Fact]
    public void One_leg_session_in_7_days_in_base_phase_fires_STRENGTH_LOWER_BODY_LOW()
    {
        var rec = WithoutLegSessionsSince(2).Evaluate().Fires(StrengthLowerBodyLow); // Monday's session dropped

        Assert.Equal((1.0, 2.0), (rec.Actual, rec.Target));
        Assert.Contains("1 strength session loading the legs", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_body_session_does_not_count_as_a_leg_session()
    {
        WithoutLegSessionsSince(2).UpperBodySession(2).Evaluate().Fires(StrengthLowerBodyLow);
    }

    [Fact]
    public void Two_leg_sessions_in_7_days_do_not_fire_STRENGTH_LOWER_BODY_LOW()
    {
        AthleteBuilder.Steady().Evaluate().DoesNotFire(StrengthLowerBodyLow);
    }

    [Fact]
    public void One_leg_session_in_peak_phase_does_not_fire_STRENGTH_LOWER_BODY_LOW_but_meets_the_maintenance_dose()
    {
        var report = WithoutLegSessionsSince(2, AthleteBuilder.Man with { Phase = TrainingPhase.Peak }).Evaluate();

        report.DoesNotFire(StrengthLowerBodyLow);
        var rec = report.Fires(StrengthMaintenanceDose);
        Assert.Equal(Severity.Info, rec.Severity);
        Assert.Equal((1.0, 1.0), (rec.Actual, rec.Target));
    }

    [Fact]
    public void No_leg_session_in_taper_phase_fires_STRENGTH_MAINTENANCE_DOSE_as_advice()
    {
        var rec = WithoutLegSessionsSince(6, AthleteBuilder.Man with { Phase = TrainingPhase.Taper }).Evaluate().Fires(StrengthMaintenanceDose);

        Assert.Equal(Severity.Advice, rec.Severity);
        Assert.Contains("In the taper phase keep at least 1 heavy leg session", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_athlete_of_60_in_peak_phase_keeps_2_leg_sessions()
    {
        // Born 1966: 60 in 2026.
        var rec = WithoutLegSessionsSince(2, AthleteBuilder.Man with { Phase = TrainingPhase.Peak, BirthYear = 1966 }).Evaluate().Fires(StrengthMaintenanceDose);

        Assert.Equal(Severity.Advice, rec.Severity);
        Assert.Equal((1.0, 2.0), (rec.Actual, rec.Target));
    }

    [Fact]
    public void A_week_above_the_three_before_in_base_phase_fires_STRENGTH_MAINTENANCE_DOSE_as_info()
    {
        // 38 + 5 = 43 km this week against 38 km in each of the 3 weeks before.
        var report = AthleteBuilder.Steady().Run(0, RunKind.Easy, 5, 28).Evaluate();

        Assert.True(report.Training.RunVolumeAtFourWeekHigh);
        Assert.Equal(Severity.Info, report.Fires(StrengthMaintenanceDose).Severity);
    }

    [Fact]
    public void A_week_equal_to_the_three_before_is_no_peak_and_does_not_fire_STRENGTH_MAINTENANCE_DOSE()
    {
        AthleteBuilder.Steady().Evaluate().DoesNotFire(StrengthMaintenanceDose);
    }

    private static AthleteBuilder LegSessionsWithout(MuscleGroup missing, int setsOfMissing = 0)
    {
        var athlete = WithoutLegSessionsSince(6);
        foreach (var ago in new[] { 2, 5 })
        {
            Exercise[] exercises =
            [
                .. new[] { MuscleGroup.Calves, MuscleGroup.Quads, MuscleGroup.Hamstrings, MuscleGroup.Glutes }
                    .Where(g => g != missing)
                    .Select(g => Exercises.Of($"{g} work", 4, g)),
                .. setsOfMissing > 0 && ago == 2 ? [Exercises.Of("Missing group", setsOfMissing, missing)] : Array.Empty<Exercise>(),
            ];
            athlete.Session(ago, 45, null, 18, exercises);
        }

        return athlete;
    }

    [Fact]
    public void Hamstrings_with_0_sets_while_other_leg_groups_get_8_fire_STRENGTH_MUSCLE_GROUP_GAP_naming_hamstrings()
    {
        var rec = LegSessionsWithout(MuscleGroup.Hamstrings).Evaluate().Fires(StrengthMuscleGroupGap);

        Assert.Contains("hamstrings 0 sets", rec.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("calves", rec.Message.Split(':')[1].Split('.')[0], StringComparison.Ordinal);
        Assert.Equal((0.0, 4.0), (rec.Actual, rec.Target));
    }

    [Fact]
    public void Calves_with_3_sets_fire_STRENGTH_MUSCLE_GROUP_GAP_and_with_4_sets_do_not()
    {
        Assert.Contains("calves 3 sets", LegSessionsWithout(MuscleGroup.Calves, 3).Evaluate().Fires(StrengthMuscleGroupGap).Message, StringComparison.Ordinal);
        LegSessionsWithout(MuscleGroup.Calves, 4).Evaluate().DoesNotFire(StrengthMuscleGroupGap);
    }

    [Fact]
    public void No_leg_training_at_all_is_not_a_group_gap_but_STRENGTH_LOWER_BODY_LOW()
    {
        var report = WithoutLegSessionsSince(6).Evaluate();

        report.DoesNotFire(StrengthMuscleGroupGap);
        report.Fires(StrengthLowerBodyLow);
    }

    [Fact]
    public void A_leg_session_5_h_10_min_after_a_hard_run_ended_fires_STRENGTH_AFTER_HARD_RUN()
    {
        // Yesterday's tempo ran 07:00-07:50; lifting at 13:00 is 5.17 h later.
        var rec = AthleteBuilder.Steady().LegSession(1, hour: 13).Evaluate().Fires(StrengthAfterHardRun);

        Assert.Equal((5.2, 6.0), (rec.Actual, rec.Target));
    }

    [Fact]
    public void A_leg_session_6_h_10_min_after_a_hard_run_does_not_fire_STRENGTH_AFTER_HARD_RUN()
    {
        AthleteBuilder.Steady().LegSession(1, hour: 14).Evaluate().DoesNotFire(StrengthAfterHardRun);
    }

    [Fact]
    public void Lifting_before_the_hard_run_on_the_same_day_does_not_fire_STRENGTH_AFTER_HARD_RUN()
    {
        AthleteBuilder.Steady().LegSession(1, hour: 6).Evaluate().DoesNotFire(StrengthAfterHardRun);
    }

    [Fact]
    public void An_upper_body_session_soon_after_a_hard_run_does_not_fire_STRENGTH_AFTER_HARD_RUN()
    {
        AthleteBuilder.Steady().UpperBodySession(1, hour: 9).Evaluate().DoesNotFire(StrengthAfterHardRun);
    }

    [Fact]
    public void A_leg_session_soon_after_an_easy_run_does_not_fire_STRENGTH_AFTER_HARD_RUN()
    {
        // Thursday's easy run 6 days ago ended 07:44; lifting at 09:00.
        AthleteBuilder.Steady().LegSession(6, hour: 9).Evaluate().DoesNotFire(StrengthAfterHardRun);
    }
}
