using RunStrong.Activities.Fit;
using RunStrong.Activities.Recording;
using Xunit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>Every real FIT fixture read as Fixtures/reference.json says it should be (Garmin's SDK's totals).</summary>
public sealed class FitActivityReaderFixtureTests
{
    public static TheoryData<string> Activities() => [.. FitFixtures.FitReferences.Where(r => r.Expect == "activity").Select(r => r.File)];

    public static TheoryData<string> Refused() => [.. FitFixtures.FitReferences.Where(r => r.Expect == "refused").Select(r => r.File)];

    [Fact]
    public void Reference_lists_every_real_fit_fixture()
    {
        var listed = FitFixtures.FitReferences.Select(r => r.File).Order(StringComparer.Ordinal);
        var present = FitFixtures.AllFitFiles().Where(f => !f.StartsWith("Generated/", StringComparison.Ordinal));
        Assert.Equal(present, listed);
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Reads_an_activity_as_the_reference_states(string file)
    {
        var expected = FitFixtures.Reference(file);

        var recording = Read(file);

        var session = Assert.IsType<SessionTotals>(recording.Session);
        Assert.Equal(ActivityFormat.Fit, recording.Format);
        Assert.Equal(expected.Sport, session.Sport);
        Assert.Equal(expected.Sport, recording.Sport);
        Assert.Equal(expected.SubSport, session.SubSport);
        Assert.Equal(expected.StartedAt, session.StartedAt);
        WithinOnePercent(expected.DistanceKm!.Value, session.DistanceM!.Value / 1000);
        WithinOnePercent(expected.DurationMin!.Value, session.TimerS!.Value / 60);
        WithinOnePercent(expected.ElapsedMin!.Value, session.ElapsedS!.Value / 60);
        Assert.Equal(expected.AvgHeartRate, session.AvgHeartRate);
        Assert.Equal(expected.Laps, recording.Laps.Count);
        Assert.Empty(recording.Warnings);
        Assert.True(recording.Samples.Count > 0, "records are folded into the sample series");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_a_fit_file_that_is_not_an_activity_naming_its_type(string file)
    {
        var expected = FitFixtures.Reference(file);

        var refusal = Assert.Throws<ActivityFileException>(() => Read(file));

        Assert.Equal(ActivityFileProblem.NotAnActivity, refusal.Problem);
        Assert.Contains(expected.Why!, refusal.Message, StringComparison.Ordinal); // "FIT file of type workout, not an activity"
    }

    [Theory]
    [InlineData("Activity.fit", null)] // a sound file, only too short to be a run: reading it is the derivation's business
    [InlineData("activity-filecrc.fit", "checksum")]
    [InlineData("activity-unexpected-eof.fit", "ends early")]
    [InlineData("activity-settings-corruptheader.fit", "does not start with a FIT file header")]
    public void Recovers_a_damaged_file_whose_session_was_read_with_a_warning(string file, string? warning)
    {
        var expected = FitFixtures.Reference(file);
        Assert.Equal("refused-or-recovered", expected.Expect);

        var recording = Read(file);

        var session = Assert.IsType<SessionTotals>(recording.Session);
        Assert.Equal(expected.StartedAt, session.StartedAt);
        WithinOnePercent(expected.DistanceKm!.Value, session.DistanceM!.Value / 1000);
        if (warning is null)
        {
            Assert.Empty(recording.Warnings);
        }
        else
        {
            Assert.Contains(warning, Assert.Single(recording.Warnings), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keeps_lap_intensity_and_figures_from_the_file()
    {
        var recording = Read("Generated/interval-workout-run.fit");

        Assert.Equal(14, recording.Laps.Count);
        Assert.Equal(LapIntensity.Warmup, recording.Laps[0].Intensity);
        Assert.Equal(LapIntensity.Active, recording.Laps[1].Intensity);
        Assert.Equal(LapIntensity.Recovery, recording.Laps[2].Intensity);
        Assert.Equal(LapIntensity.Cooldown, recording.Laps[^1].Intensity);
        Assert.Equal(180, recording.Laps[1].TimerS);
        Assert.InRange(recording.Laps[1].DistanceM!.Value, 700, 800); // 3 min at 4:00/km
        Assert.InRange(recording.Laps[1].AvgHeartRate!.Value, 168, 172);
    }

    [Fact]
    public void Caps_the_laps_it_keeps()
    {
        var recording = Read("Generated/long-run-1mb.fit");

        Assert.True(recording.Laps.Count <= ActivityRecording.MaxLaps);
        Assert.Equal(recording.Samples.Count, (int)(recording.Session!.ElapsedS!.Value));
    }

    private static ActivityRecording Read(string file)
    {
        using var stream = File.OpenRead(FitFixtures.PathOf(file));
        return FitActivityReader.Read(stream);
    }

    private static void WithinOnePercent(double expected, double actual) =>
        Assert.InRange(actual, expected * 0.99, expected * 1.01);
}
