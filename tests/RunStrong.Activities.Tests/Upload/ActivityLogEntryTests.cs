using RunStrong.Activities.Logging;
using RunStrong.Coaching.Athletes;
using Xunit;

namespace RunStrong.Activities.Tests.Upload;

/// <summary>What an activity becomes in the log, and the figures no real session has.</summary>
public sealed class ActivityLogEntryTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_run_keeps_its_figures_and_detected_kind()
    {
        var entry = ActivityLogEntry.For("a-1", Summary(ActivityLoggedAs.Run, km: 12.4, minutes: 61.3, kind: RunKind.Interval));

        Assert.Equal(new Run("a-1", Start, 12.4, 61.3, RunKind.Interval, null, 151), entry.Run);
        Assert.Null(entry.CrossTraining);
    }

    [Fact]
    public void Cross_training_keeps_sport_time_energy_and_distance()
    {
        var entry = ActivityLogEntry.For("a-2", Summary(ActivityLoggedAs.CrossTraining, km: 40, minutes: 90, sport: "cycling"));

        Assert.Equal(new CrossTrainingSession("a-2", Start, "cycling", 90, 800, 151, 40), entry.CrossTraining);
        Assert.Null(entry.Run);
    }

    [Theory]
    [InlineData(0.05, 10, ActivityFileProblem.Implausible)] // 50 m
    [InlineData(10, 15, ActivityFileProblem.Implausible)] // 1:30 min/km
    [InlineData(450, 2000, ActivityFileProblem.Implausible)]
    [InlineData(2, 50 * 60, ActivityFileProblem.Implausible)] // over 48 h
    [InlineData(0.2, 0, ActivityFileProblem.NoTimedTrack)]
    public void Figures_no_real_run_has_are_refused(double km, double minutes, ActivityFileProblem problem)
    {
        var refused = Assert.Throws<ActivityFileException>(() => ActivityLogEntry.For("a-3", Summary(ActivityLoggedAs.Run, km, minutes)));

        Assert.Equal(problem, refused.Problem);
    }

    [Fact]
    public void A_swim_without_distance_is_fine_as_cross_training()
    {
        var entry = ActivityLogEntry.For("a-4", Summary(ActivityLoggedAs.CrossTraining, km: 0, minutes: 45, sport: "swimming"));

        Assert.Null(entry.CrossTraining!.DistanceKm);
    }

    private static ActivitySummary Summary(ActivityLoggedAs loggedAs, double km, double minutes, RunKind? kind = RunKind.Easy, string sport = "running") =>
        new(ActivityFormat.Fit, sport, null, Start, km, minutes, minutes + 2, 151, 178, loggedAs == ActivityLoggedAs.Run ? kind : null, [], loggedAs, 800);
}
