using RunStrong.Client.Models;

namespace RunStrong.Client.Tests;

/// <summary>The generated client against the real platform: an athlete's profile, log, coaching and activity files.</summary>
public sealed class AthleteScenarioTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_long_run_logged_through_the_client_brings_the_recovery_fuel_recommendation()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;
        var ana = gym.Api.T[tenantId].Athletes["ana"];
        await ana.PutAsync(GymClients.Profile(), cancellationToken: Cancel);

        // RECOVERY_FUEL fires for a run of 75 min or more today or yesterday (docs/COACHING.md).
        var run = await ana.Runs.PostAsync(new RunInput
        {
            Id = "long-1", StartedAt = DateTimeOffset.UtcNow.AddHours(-3), DistanceKm = 16, DurationMin = 95, Kind = "long", Rpe = 5,
        }, cancellationToken: Cancel);
        var report = await ana.Recommendations.GetAsync(cancellationToken: Cancel);
        var athlete = await ana.GetAsync(cancellationToken: Cancel);

        Assert.Equal("long-1", run?.Id);
        Assert.Equal(RunKind.Long, run?.Kind);
        Assert.Equal(16, run?.DistanceKm);
        Assert.NotNull(report?.Recommendations);
        var refuel = Assert.Single(report.Recommendations, r => r.Code == "RECOVERY_FUEL");
        Assert.Equal(Severity.Info, refuel.Severity);
        Assert.Contains("95 min", refuel.Message, StringComparison.Ordinal);
        Assert.NotEmpty(refuel.Sources!);
        Assert.NotNull(report.MuscleRetentionRisk);
        Assert.Equal(1, athlete?.Summary?.Last7Days?.Runs);
        Assert.Equal(16, athlete?.Summary?.Last7Days?.DistanceKm);
    }

    [Fact]
    public async Task An_uploaded_gpx_file_comes_back_with_what_was_derived_from_it_and_is_logged_as_a_run()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;
        var ana = gym.Api.T[tenantId].Athletes["ana"];
        await ana.PutAsync(GymClients.Profile(), cancellationToken: Cancel);
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-1).AddHours(7), TimeSpan.Zero);
        // 40 minutes at 3.0 m/s with heart rate 140: 7.2 km.
        using var gpx = new MemoryStream(ActivityFileSamples.RunGpx(start, TimeSpan.FromMinutes(40)));

        var uploaded = await ana.Activities.PostAsync(gpx, "application/gpx+xml", cancellationToken: Cancel);
        Assert.NotNull(uploaded?.Id);
        var read = await ana.Activities[uploaded.Id].GetAsync(cancellationToken: Cancel);
        var runs = await ana.Runs.GetAsync(cancellationToken: Cancel);

        Assert.Equal(ActivityFormat.Gpx, uploaded.Format);
        Assert.Equal("running", uploaded.Sport);
        Assert.Equal(start, uploaded.StartedAt);
        Assert.Equal(7.2, uploaded.DistanceKm!.Value, 1);
        Assert.Equal(40, uploaded.DurationMin!.Value, 0);
        Assert.Equal(140, uploaded.AvgHeartRate);
        Assert.Equal(ActivityLoggedAs.Run, uploaded.LoggedAs);
        Assert.Equal(uploaded.Id, read?.Id);
        Assert.Equal(uploaded.DistanceKm, read?.DistanceKm);
        Assert.Equal(uploaded.StartedAt, read?.StartedAt);
        var logged = Assert.Single(runs!.Items!);
        Assert.Equal(uploaded.LogEntryId, logged.Id);
    }
}
