using RunStrong.Activities.Derivation;
using RunStrong.Activities.Logging;
using RunStrong.Activities.Tests.Fit;
using RunStrong.Activities.Upload;
using RunStrong.Coaching.Athletes;
using Xunit;

namespace RunStrong.Activities.Tests.Pipeline;

/// <summary>
/// Files as the upload route takes them: sniffed, read, derived and made a log entry. Intervals are detected in a
/// structured workout and not in steady runs; every real activity file becomes the entry its sport says.
/// </summary>
public sealed class WholeFileTests
{
    public static TheoryData<string, RunKind> GeneratedRuns => new()
    {
        { "Generated/interval-workout-run.fit", RunKind.Interval },
        { "Generated/steady-run.fit", RunKind.Easy },
        { "Generated/long-run-1mb.fit", RunKind.Long },
    };

    public static TheoryData<string, ActivityLoggedAs> RealActivities => new()
    {
        { "2013-02-06-12-11-14.fit", ActivityLoggedAs.Run },
        { "activity-small-fenix2-run.fit", ActivityLoggedAs.Run },
        { "compressed-speed-distance.fit", ActivityLoggedAs.Run },
        { "developer-types-sample.fit", ActivityLoggedAs.Run },
        { "garmin-fenix-5-run.fit", ActivityLoggedAs.Run },
        { "garmin-fenix-5-bike.fit", ActivityLoggedAs.CrossTraining },
        { "sample-activity.fit", ActivityLoggedAs.CrossTraining },
        { "test.tcx", ActivityLoggedAs.Run },
        { "no_hr.tcx", ActivityLoggedAs.Run },
        { "cerknicko-jezero.gpx", ActivityLoggedAs.Run },
    };

    [Theory]
    [MemberData(nameof(GeneratedRuns))]
    public void A_structured_workout_is_an_interval_session_and_steady_runs_are_not(string file, RunKind kind)
    {
        var summary = Derive(file);

        Assert.Equal(kind, summary.Kind);
        Assert.Equal(ActivityLoggedAs.Run, summary.LoggedAs);
    }

    [Theory]
    [MemberData(nameof(RealActivities))]
    public void Every_real_activity_becomes_the_entry_its_sport_says(string file, ActivityLoggedAs loggedAs)
    {
        var summary = Derive(file);
        var id = ActivityIds.Of(summary.StartedAt, new byte[32]);

        var entry = ActivityLogEntry.For(id, summary);

        Assert.Equal(loggedAs, summary.LoggedAs);
        Assert.Equal(loggedAs == ActivityLoggedAs.Run, entry.Run is not null);
        Assert.Equal(loggedAs == ActivityLoggedAs.CrossTraining, entry.CrossTraining is not null);
        Assert.Equal(loggedAs == ActivityLoggedAs.Run, summary.Kind is not null);
        Assert.Equal(summary.StartedAt, entry.StartedAt);
        Assert.Equal(id, entry.Id);
    }

    [Fact]
    public void A_ride_becomes_cross_training_with_its_energy_and_no_run_km()
    {
        var summary = Derive("sample-activity.fit");

        var entry = ActivityLogEntry.For(ActivityIds.Of(summary.StartedAt, new byte[32]), summary);

        Assert.Null(entry.Run);
        Assert.Equal("cycling", entry.CrossTraining!.Sport);
        Assert.Equal(summary.DurationMin, entry.CrossTraining.DurationMin);
        Assert.True(entry.CrossTraining.EnergyKcal > 500, $"{entry.CrossTraining.EnergyKcal} kcal for {summary.DurationMin:0} min");
        Assert.Equal(88.8, entry.CrossTraining.DistanceKm!.Value, 0.9);
    }

    private static ActivitySummary Derive(string file)
    {
        var bytes = FitFixtures.Bytes(file);
        var format = ActivitySniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ActivitySniffer.HeadBytes)));
        Assert.NotNull(format);
        using var stream = new MemoryStream(bytes);
        return ActivityDerivation.Derive(ActivityReader.Read(stream, format!.Value), new AthleteContext(70, 185));
    }
}
