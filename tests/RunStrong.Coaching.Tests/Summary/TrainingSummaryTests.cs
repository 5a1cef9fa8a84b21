using RunStrong.Coaching.Log;
using RunStrong.Coaching.Summary;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Summary;

public sealed class TrainingSummaryTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    [Fact]
    public void Summary_holds_the_last_7_and_28_days_relative_to_as_of()
    {
        Run[] runs =
        [
            Runs.Tempo(AsOf, km: 10, minutes: 50),
            Runs.Long(AsOf.AddDays(-6), km: 20, minutes: 120),
            Runs.Interval(AsOf.AddDays(-7), km: 8, minutes: 45), // only in the 28-day window
            Runs.Easy(AsOf.AddDays(-27), km: 6, minutes: 36), // last day of the 28-day window
            Runs.Easy(AsOf.AddDays(-28), km: 99, minutes: 600), // outside both
        ];

        var summary = TrainingSummary.Of(LogOf(runs), null, AsOf, LocalCalendar.Utc);

        Assert.Equal(AsOf, summary.AsOf);
        Assert.Equal(new TrainingWindow(7, 2, 30, 170, 1, 1, 0, 0, 0, null, null, null), summary.Last7Days);
        Assert.Equal(new TrainingWindow(28, 4, 44, 251, 2, 1, 0, 0, 0, null, null, null), summary.Last28Days);
    }

    [Fact]
    public void Summary_for_an_earlier_as_of_ignores_later_runs()
    {
        Run[] runs = [Runs.Easy(AsOf), Runs.Easy(AsOf.AddDays(-10))];

        var summary = TrainingSummary.Of(LogOf(runs), null, AsOf.AddDays(-10), LocalCalendar.Utc);

        Assert.Equal(1, summary.Last7Days.Runs);
        Assert.Equal(1, summary.Last28Days.Runs);
    }

    private static AthleteLog LogOf(params Run[] runs) => new() { Runs = [.. runs] };
}
