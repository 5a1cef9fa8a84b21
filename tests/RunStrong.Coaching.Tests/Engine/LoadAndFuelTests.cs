using RunStrong.Coaching.Engine.Training;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

public sealed class LoadAndFuelTests
{
    [Theory]
    [InlineData(RunKind.Easy, 3)]
    [InlineData(RunKind.Long, 4)]
    [InlineData(RunKind.Tempo, 6)]
    [InlineData(RunKind.Interval, 8)]
    public void Missing_rpe_defaults_by_run_kind(RunKind kind, int rpe)
    {
        Assert.Equal(rpe * 50, SessionRpe.Load(new Run("r", DateTimeOffset.UnixEpoch, 8, 50, kind, null, null)));
    }

    [Fact]
    public void Logged_rpe_overrides_the_default_and_strength_defaults_to_6()
    {
        Assert.Equal(9 * 50, SessionRpe.Load(new Run("r", DateTimeOffset.UnixEpoch, 8, 50, RunKind.Easy, 9, null)));
        Assert.Equal(6 * 45, SessionRpe.Load(new StrengthSession("s", DateTimeOffset.UnixEpoch, 45, null, [])));
    }

    [Fact]
    public void Constant_daily_load_gives_fitness_and_fatigue_equal_to_it_and_form_near_zero()
    {
        var athlete = AthleteBuilder.Blank();
        for (var ago = 0; ago < 120; ago++)
        {
            athlete.Run(ago, RunKind.Easy, 10, 60, rpe: 3); // load 180
        }

        var load = athlete.Evaluate().Training.Load;

        Assert.Equal(180, load.Fatigue, 3);
        Assert.Equal(179.4, load.Fitness, 1); // 180 x (1 - (41/43)^120): 0.3 % of the zero start remains
        Assert.Equal(load.Fitness - load.Fatigue, load.Form, 6);
        Assert.Equal(1, load.AcuteChronicRatio!.Value, 3);
    }

    [Fact]
    public void A_hard_week_after_rest_leaves_form_negative()
    {
        var athlete = AthleteBuilder.Blank();
        for (var ago = 0; ago < 7; ago++)
        {
            athlete.Run(ago, RunKind.Interval, 10, 60);
        }

        Assert.True(athlete.Evaluate().Training.Load.Form < 0);
    }

    [Theory]
    [InlineData(0.0, CarbohydrateBand.Light)]
    [InlineData(0.74, CarbohydrateBand.Light)]
    [InlineData(0.75, CarbohydrateBand.Moderate)]
    [InlineData(1.24, CarbohydrateBand.Moderate)]
    [InlineData(1.25, CarbohydrateBand.High)]
    [InlineData(3.99, CarbohydrateBand.High)]
    [InlineData(4.0, CarbohydrateBand.VeryHigh)]
    public void Daily_training_hours_pick_the_carbohydrate_band(double hours, CarbohydrateBand band)
    {
        Assert.Equal(band, CarbohydrateBands.ForHours(hours));
    }

    [Fact]
    public void Steady_athletes_daily_targets_are_112_g_protein_280_g_carbs_and_3216_kcal()
    {
        // Protein 1.6 x 70; light band middle 4 g/kg x 70; energy 45 x 61.6 + 3110 / 7.
        var targets = AthleteBuilder.Steady().Evaluate().Targets;

        Assert.Equal(112, targets.ProteinG);
        Assert.Equal(280, targets.CarbsG);
        Assert.Equal(3216, targets.EnergyKcal);
        Assert.Equal(CarbohydrateBand.Light, targets.CarbBand);
    }
}
