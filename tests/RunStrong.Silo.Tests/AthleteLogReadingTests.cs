using RunStrong.Coaching.Log.Reading;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>The log read back through the athlete grain: pages and weeks cross the grain boundary intact.</summary>
public sealed class AthleteLogReadingTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    [Fact]
    public async Task An_unknown_athlete_has_no_pages_and_no_weeks()
    {
        var athlete = NewAthlete(fixture.Grains);

        Assert.Null(await athlete.ListRuns(new LogPageRequest(LocalDays.All, 10, null)));
        Assert.Null(await athlete.ListMeasurements(new LogPageRequest(LocalDays.All, 10, null)));
        Assert.Null(await athlete.ListWeeks(LocalDays.All));
    }

    [Fact]
    public async Task Runs_page_through_the_grain_after_reactivation_and_weeks_count_them()
    {
        var athlete = NewAthlete(fixture.Grains);
        for (var daysAgo = 1; daysAgo <= 3; daysAgo++)
        {
            await athlete.LogRun(EasyRun($"r-{daysAgo}", Today.AddDays(-daysAgo), km: 5));
        }

        await fixture.DeactivateAsync(athlete);
        var first = await athlete.ListRuns(new LogPageRequest(LocalDays.All, 2, null));
        Assert.True(LogCursor.TryRead(first!.Next!, LogEntryKind.Runs, out var after));
        var second = await athlete.ListRuns(new LogPageRequest(LocalDays.All, 2, after));
        var weeks = await athlete.ListWeeks(LocalDays.All);

        Assert.Equal(["r-1", "r-2", "r-3"], first.Items.Concat(second!.Items).Select(r => r.Id));
        Assert.Null(second.Next);
        Assert.NotNull(weeks);
        Assert.Equal(3, weeks.Sum(w => w.Runs));
        Assert.Equal(15, weeks.Sum(w => w.DistanceKm));
    }
}
