using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The report's fitness, fatigue and form curves: six weeks of days ending on the as-of day, agreeing with today's figures.</summary>
public sealed class TrainingLoadHistoryTests
{
    [Fact]
    public void The_history_covers_the_fitness_span_oldest_first_and_ends_on_the_as_of_days_figures()
    {
        var report = AthleteBuilder.Steady().Evaluate();
        var load = report.Training.Load;

        Assert.Equal(42, load.History.Count);
        Assert.Equal(report.AsOf, load.History[^1].Date);
        Assert.Equal(report.AsOf.AddDays(-41), load.History[0].Date);
        Assert.True(load.History.Zip(load.History.Skip(1)).All(pair => pair.Second.Date == pair.First.Date.AddDays(1)));
        Assert.Equal(Math.Round(load.Fitness, 1), load.History[^1].Fitness);
        Assert.Equal(Math.Round(load.Fatigue, 1), load.History[^1].Fatigue);
        Assert.Equal(Math.Round(load.Form, 1), load.History[^1].Form);
    }

    [Fact]
    public void Every_day_has_fitness_and_its_form_is_fitness_minus_fatigue()
    {
        var steady = AthleteBuilder.Steady().Evaluate().Training.Load.History;

        Assert.Contains(steady, day => day.Fitness > 0);
        // Each figure is rounded to one decimal on its own, so they agree to within that rounding.
        Assert.All(steady, day => Assert.InRange(Math.Abs(day.Fitness - day.Fatigue - day.Form), 0, 0.1 + 1e-9));
    }
}
