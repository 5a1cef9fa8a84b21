using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The baseline every rule test starts from: a runner doing everything right fires nothing.</summary>
public sealed class SteadyAthleteTests
{
    [Fact]
    public void Steady_athlete_fires_no_rule_and_has_low_muscle_retention_risk()
    {
        var report = AthleteBuilder.Steady().Evaluate();

        Assert.Empty(report.Recommendations.Select(r => $"{r.Code}: {r.Message}"));
        Assert.Equal(MuscleRetentionRisk.Low, report.MuscleRetentionRisk);
        Assert.Empty(report.RiskFactors);
    }

    [Fact]
    public void Steady_athlete_figures_match_the_hand_worked_numbers()
    {
        var report = AthleteBuilder.Steady().Evaluate();

        Assert.Equal(7, report.Nutrition.LoggedDays);
        Assert.Equal(120, report.Nutrition.ProteinG);
        Assert.Equal(46.36, report.Nutrition.EnergyAvailability!.Value, 2); // (3300 - 3110/7) / 61.6
        Assert.Equal(38, report.Training.RunKm, 6);
        Assert.Equal(38, report.Training.PriorTwoWeeksMeanKm, 6);
        Assert.Equal(2, report.Training.LegSessions);
        Assert.Equal(8, report.Training.Sets.Quads);
        Assert.Equal(16, report.Training.Sets.Glutes); // squats and deadlifts both list glutes
        Assert.Equal(294.0 / 60 / 7, report.Training.MeanDailyTrainingHours, 6); // 204 run + 90 strength minutes
        Assert.Equal(RuleCatalogue.Version, report.RuleVersion);
    }
}
