using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Engine.RuleCodes;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The steady athlete: 4 runs a week (tempo on Tuesdays, 1 and 8 days ago), 38 km, 3 years of running.</summary>
public sealed class RunningRuleTests
{
    private static readonly DateOnly AsOf = AthleteBuilder.AsOf;

    private static AthleteBuilder EasyInsteadOfTempo(int withinDays, AthleteProfile? profile = null)
    {
        var athlete = AthleteBuilder.Steady(profile);
        for (var i = 0; i < athlete.Runs.Count; i++)
        {
            var run = athlete.Runs[i];
            if (run.Kind == RunKind.Tempo && run.UtcDay() > AsOf.AddDays(-withinDays))
            {
                athlete.Runs[i] = run with { Kind = RunKind.Easy };
            }
        }

        return athlete;
    }

    [Fact]
    public void No_hard_run_in_14_days_for_a_ready_runner_fires_HIIT_SUGGESTED()
    {
        var rec = EasyInsteadOfTempo(14).Evaluate().Fires(HiitSuggested);

        Assert.Equal(Severity.Info, rec.Severity);
        Assert.Contains("(8 runs, all easy or long)", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tempo_run_13_days_ago_does_not_fire_HIIT_SUGGESTED()
    {
        EasyInsteadOfTempo(14).Run(13, RunKind.Tempo, 10, 50).Evaluate().DoesNotFire(HiitSuggested);
    }

    [Fact]
    public void A_runner_of_5_months_is_not_suggested_HIIT()
    {
        EasyInsteadOfTempo(14, AthleteBuilder.Man with { RunningExperienceMonths = 5 }).Evaluate().DoesNotFire(HiitSuggested);
    }

    [Fact]
    public void An_injured_runner_is_not_suggested_HIIT()
    {
        EasyInsteadOfTempo(14, AthleteBuilder.Man with { InjuredRecently = true }).Evaluate().DoesNotFire(HiitSuggested);
    }

    [Fact]
    public void An_interval_session_by_a_runner_of_5_months_fires_HIIT_NOT_READY_naming_the_months()
    {
        var rec = AthleteBuilder.Steady(AthleteBuilder.Man with { RunningExperienceMonths = 5 }).Run(3, RunKind.Interval, 8, 45).Evaluate().Fires(HiitNotReady);

        Assert.Equal(Severity.Advice, rec.Severity);
        Assert.Contains("running for 5 months (under 6)", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_session_while_injured_fires_HIIT_NOT_READY_as_a_warning()
    {
        var rec = AthleteBuilder.Steady(AthleteBuilder.Man with { InjuredRecently = true }).Run(3, RunKind.Interval, 8, 45).Evaluate().Fires(HiitNotReady);

        Assert.Equal(Severity.Warning, rec.Severity);
        Assert.Contains("injury", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_session_by_a_runner_of_6_months_does_not_fire_HIIT_NOT_READY()
    {
        AthleteBuilder.Steady(AthleteBuilder.Man with { RunningExperienceMonths = 6 }).Run(3, RunKind.Interval, 8, 45).Evaluate().DoesNotFire(HiitNotReady);
    }

    [Fact]
    public void Three_hard_runs_in_7_days_fire_HIIT_TOO_FREQUENT_and_two_do_not()
    {
        var two = AthleteBuilder.Steady().Run(4, RunKind.Interval, 8, 45);
        two.Evaluate().DoesNotFire(HiitTooFrequent);

        var rec = two.Run(6, RunKind.Tempo, 8, 40).Evaluate().Fires(HiitTooFrequent);
        Assert.Equal((3.0, 2.0), (rec.Actual, rec.Target));
    }

    [Fact]
    public void Five_hard_of_17_runs_in_28_days_is_29_percent_and_fires_INTENSITY_DISTRIBUTION()
    {
        // Steady: 16 runs, 4 tempo = 25 %, not above 25 %; one more tempo makes 5 of 17 = 29 %.
        AthleteBuilder.Steady().Evaluate().DoesNotFire(IntensityDistribution);

        var rec = AthleteBuilder.Steady().Run(20, RunKind.Tempo, 8, 40).Evaluate().Fires(IntensityDistribution);

        Assert.Equal((29.0, 20.0), (rec.Actual, rec.Target));
        Assert.True(rec.Contested);
    }

    [Fact]
    public void Four_hard_of_7_runs_does_not_fire_INTENSITY_DISTRIBUTION_below_8_sessions()
    {
        var athlete = AthleteBuilder.Blank();
        for (var ago = 0; ago < 7; ago++)
        {
            athlete.Run(ago * 4, ago < 4 ? RunKind.Tempo : RunKind.Easy, 8, 45);
        }

        athlete.Evaluate().DoesNotFire(IntensityDistribution);
    }

    [Fact]
    public void Adding_11_5_km_to_a_38_km_week_is_1_303_times_and_fires_LOAD_SPIKE()
    {
        var rec = AthleteBuilder.Steady().Run(0, RunKind.Easy, 11.5, 63).Evaluate().Fires(LoadSpike);

        Assert.Equal((1.3, 1.3), (rec.Actual, rec.Target)); // 49.5 / 38 = 1.3026, shown rounded
        Assert.True(rec.Contested);
        Assert.Contains("49.5 km", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_11_4_km_to_a_38_km_week_is_exactly_1_3_times_and_does_not_fire_LOAD_SPIKE()
    {
        AthleteBuilder.Steady().Run(0, RunKind.Easy, 11.4, 63).Evaluate().DoesNotFire(LoadSpike);
    }

    [Fact]
    public void A_first_week_of_running_is_no_spike()
    {
        AthleteBuilder.Blank().Run(0, RunKind.Easy, 10, 60).Evaluate().DoesNotFire(LoadSpike);
    }

    private static AthleteBuilder DailyLoad(double recentFactor, int historyDays = 120)
    {
        // Easy 60 min at RPE 3 = load 180 a day; the last 7 days at recentFactor x 60 min.
        var athlete = AthleteBuilder.Blank();
        for (var ago = 0; ago < historyDays; ago++)
        {
            athlete.Run(ago, RunKind.Easy, 10, ago < 7 ? 60 * recentFactor : 60, rpe: 3);
        }

        return athlete;
    }

    [Fact]
    public void Tripling_daily_load_for_a_week_gives_an_acute_chronic_ratio_of_1_53_and_fires_ACUTE_CHRONIC_HIGH()
    {
        // fatigue = L + 2L(1 - 0.75^7) = 2.73 L; chronic = L + 2L(1 - (27/29)^7) = 1.79 L; ratio 1.53.
        var report = DailyLoad(3).Evaluate();

        var rec = report.Fires(AcuteChronicHigh);
        Assert.Equal(1.53, rec.Actual);
        Assert.Equal(Severity.Info, rec.Severity);
        Assert.True(rec.Contested);
    }

    [Fact]
    public void Doubling_daily_load_for_a_week_gives_1_34_and_does_not_fire_ACUTE_CHRONIC_HIGH()
    {
        // fatigue = 1.87 L; chronic = 1.39 L; ratio 1.34.
        var report = DailyLoad(2).Evaluate();

        report.DoesNotFire(AcuteChronicHigh);
        Assert.Equal(1.34, report.Training.Load.AcuteChronicRatio!.Value, 2);
    }

    [Fact]
    public void Without_28_days_of_training_there_is_no_acute_chronic_ratio()
    {
        var report = DailyLoad(3, historyDays: 27).Evaluate();

        Assert.Null(report.Training.Load.AcuteChronicRatio);
        report.DoesNotFire(AcuteChronicHigh);
    }

    private static AthleteProfile Novice(double weightKg = 100, int months = 2) =>
        AthleteBuilder.Man with { WeightKg = weightKg, BodyFatPercent = null, BodyFatMethod = null, RunningExperienceMonths = months };

    [Fact]
    public void A_novice_with_bmi_30_9_running_3_5_km_in_the_first_week_fires_NOVICE_START()
    {
        // 100 kg / 1.8^2 = 30.9
        var rec = AthleteBuilder.Blank(Novice()).Run(3, RunKind.Easy, 2, 16).Run(1, RunKind.Easy, 1.5, 12).Evaluate().Fires(NoviceStart);

        Assert.Equal((3.5, 3.0), (rec.Actual, rec.Target));
        Assert.Contains("BMI of 30.9", rec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_novice_running_3_km_in_the_first_week_does_not_fire_NOVICE_START()
    {
        AthleteBuilder.Blank(Novice()).Run(3, RunKind.Easy, 1.5, 12).Run(1, RunKind.Easy, 1.5, 12).Evaluate().DoesNotFire(NoviceStart);
    }

    [Fact]
    public void A_novice_with_bmi_29_9_does_not_fire_NOVICE_START()
    {
        // 97 kg / 3.24 = 29.94
        AthleteBuilder.Blank(Novice(97)).Run(3, RunKind.Easy, 2, 16).Run(1, RunKind.Easy, 1.5, 12).Evaluate().DoesNotFire(NoviceStart);
    }

    [Fact]
    public void A_runner_of_3_months_does_not_fire_NOVICE_START()
    {
        AthleteBuilder.Blank(Novice(months: 3)).Run(3, RunKind.Easy, 2, 16).Run(1, RunKind.Easy, 1.5, 12).Evaluate().DoesNotFire(NoviceStart);
    }

    [Fact]
    public void The_first_week_counts_from_the_first_run_not_from_as_of()
    {
        // First run 10 days ago: its week is days 10..4 ago (2 km); today's 5 km is week two.
        var athlete = AthleteBuilder.Blank(Novice()).Run(10, RunKind.Easy, 2, 16).Run(0, RunKind.Easy, 5, 40);

        athlete.Evaluate().DoesNotFire(NoviceStart);
        athlete.Run(5, RunKind.Easy, 1.5, 12).Evaluate().Fires(NoviceStart);
    }
}
