using RunStrong.Activities.Derivation;
using RunStrong.Activities.Recording;
using Xunit;

namespace RunStrong.Activities.Tests.Derivation;

/// <summary>Figures from the most direct source (session, then laps, then samples), sport mapping and the energy estimate.</summary>
public sealed class ActivityDerivationTests
{
    private static readonly DateTimeOffset Start = SyntheticRun.Start;

    [Fact]
    public void The_sessions_totals_win_over_laps_and_samples()
    {
        var session = new SessionTotals("running", "trail", Start.AddSeconds(-3), 10_000, 3000, 3300, 151, 180, 720);
        var recording = new SyntheticRun().Run(600, 3).Recording(laps: [Lap(0, 600, 1800, 140, energy: 100)], session: session);

        var summary = ActivityDerivation.Derive(recording, AthleteContext.Unknown);

        Assert.Equal(Start.AddSeconds(-3), summary.StartedAt);
        Assert.Equal("trail", summary.SubSport);
        Assert.Equal(10, summary.DistanceKm);
        Assert.Equal(50, summary.DurationMin);
        Assert.Equal(55, summary.ElapsedMin);
        Assert.Equal(151, summary.AvgHeartRate);
        Assert.Equal(180, summary.MaxHeartRate);
        Assert.Equal(720, summary.EnergyKcal);
    }

    [Fact]
    public void Without_a_session_the_laps_sums_win_over_samples()
    {
        var laps = new[] { Lap(0, 600, 1800, 140, energy: 100, max: 160), Lap(10, 300, 1000, 170, energy: 60, max: 181) };
        var recording = new SyntheticRun().Run(1200, 2).Recording(laps: laps);

        var summary = ActivityDerivation.Derive(recording, AthleteContext.Unknown);

        Assert.Equal(Start, summary.StartedAt);
        Assert.Equal(2.8, summary.DistanceKm, 9);
        Assert.Equal(15, summary.DurationMin, 9);
        Assert.Equal(20, summary.ElapsedMin, 1); // from the samples, first to last
        Assert.Equal(150, summary.AvgHeartRate); // (140 x 600 + 170 x 300) / 900
        Assert.Equal(181, summary.MaxHeartRate);
        Assert.Equal(160, summary.EnergyKcal);
        Assert.Equal([1.8, 1.0], summary.Laps.Select(l => l.DistanceKm));
        Assert.Equal([10.0, 5.0], summary.Laps.Select(l => l.DurationMin));
    }

    [Fact]
    public void Without_laps_the_samples_give_distance_moving_and_elapsed_time()
    {
        var recording = new SyntheticRun { GpsNoiseM = 0, GpsJumpEverySeconds = 0 }.Run(1200, 3, 150).Pause(600).Run(600, 3, 150).Recording();

        var summary = ActivityDerivation.Derive(recording, AthleteContext.Unknown);

        Assert.Equal(5.4, summary.DistanceKm, 2);
        Assert.Equal(30, summary.DurationMin, 0);
        Assert.Equal(40, summary.ElapsedMin, 0);
        Assert.InRange(summary.AvgHeartRate!.Value, 148, 150);
        Assert.Empty(summary.Laps);
    }

    [Theory]
    [InlineData("running", null, ActivityLoggedAs.Run)]
    [InlineData("running", "treadmill", ActivityLoggedAs.Run)]
    [InlineData("running", "trail", ActivityLoggedAs.Run)]
    [InlineData("running", "virtualActivity", ActivityLoggedAs.Run)]
    [InlineData("fitnessEquipment", "treadmill", ActivityLoggedAs.Run)]
    [InlineData("generic", "indoorRunning", ActivityLoggedAs.Run)]
    [InlineData("cycling", "virtualActivity", ActivityLoggedAs.CrossTraining)]
    [InlineData("cycling", null, ActivityLoggedAs.CrossTraining)]
    [InlineData("walking", null, ActivityLoggedAs.CrossTraining)]
    [InlineData("hiking", "trail", ActivityLoggedAs.CrossTraining)]
    [InlineData("swimming", null, ActivityLoggedAs.CrossTraining)]
    [InlineData("training", null, ActivityLoggedAs.CrossTraining)]
    public void Running_in_any_form_is_a_run_and_everything_else_cross_training(string sport, string? subSport, ActivityLoggedAs loggedAs)
    {
        Assert.Equal(loggedAs, SportMapping.LoggedAs(sport, subSport, 6000, 1800));
    }

    [Theory]
    [InlineData(5.0, ActivityLoggedAs.CrossTraining)] // a walk
    [InlineData(7.0, ActivityLoggedAs.Run)]
    [InlineData(12.0, ActivityLoggedAs.Run)]
    [InlineData(20.0, ActivityLoggedAs.Run)]
    [InlineData(25.0, ActivityLoggedAs.CrossTraining)] // a ride
    public void A_generic_activity_is_a_run_at_running_speed(double kmh, ActivityLoggedAs loggedAs)
    {
        Assert.Equal(loggedAs, SportMapping.LoggedAs("generic", null, kmh / 3.6 * 3600, 3600));
    }

    [Fact]
    public void Cross_training_energy_is_the_compendium_met_times_body_mass_and_hours()
    {
        var ride = new SyntheticRun().Run(3600, 8).Recording("cycling");

        var known = ActivityDerivation.Derive(ride, new AthleteContext(60, null));
        var unknown = ActivityDerivation.Derive(ride, AthleteContext.Unknown);

        Assert.Equal(7.5 * 60 * known.DurationMin / 60, known.EnergyKcal, 6);
        Assert.Equal(7.5 * EnergyEstimate.DefaultWeightKg * unknown.DurationMin / 60, unknown.EnergyKcal, 6);
        Assert.Null(known.Kind);
    }

    [Fact]
    public void Run_energy_follows_the_acsm_running_equation()
    {
        // 10 km/h for an hour: (0.2 x 166.7 + 3.5) / 3.5 = 10.52 MET, x 70 kg x 1 h.
        Assert.Equal(736.7, EnergyEstimate.Kcal("running", ActivityLoggedAs.Run, 10_000, 3600, null), 1);
        Assert.Equal(8.0 * 50, EnergyEstimate.Kcal("running", ActivityLoggedAs.Run, 0, 3600, 50), 6);
        Assert.Equal(4.5 * 80 * 0.5, EnergyEstimate.Kcal("rowing", ActivityLoggedAs.CrossTraining, 0, 1800, 80), 6);
    }

    [Fact]
    public void A_recording_with_no_time_at_all_is_refused_not_crashed()
    {
        var empty = new ActivityRecording { Format = ActivityFormat.Gpx, Sport = "running", Laps = [], Samples = new SampleSeries() };

        Assert.Equal(ActivityFileProblem.NoTimedTrack, Assert.Throws<ActivityFileException>(() => ActivityDerivation.Derive(empty, AthleteContext.Unknown)).Problem);
    }

    private static RecordedLap Lap(int startMinute, double seconds, double metres, int heartRate, double? energy = null, int? max = null) =>
        new(Start.AddMinutes(startMinute), metres, seconds, null, heartRate, max, LapIntensity.Active, energy);
}
