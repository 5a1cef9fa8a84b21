using RunStrong.Activities.Derivation;
using RunStrong.Activities.Recording;
using RunStrong.Coaching.Athletes;
using Xunit;

namespace RunStrong.Activities.Tests.Derivation;

/// <summary>A run's kind from synthetic recordings: the sessions COACHING.md plans, and steady runs that must stay easy.</summary>
public sealed class KindDetectionTests
{
    private static readonly AthleteContext Athlete = new(64, 188);

    [Fact]
    public void A_steady_run_with_gps_noise_hills_traffic_lights_and_auto_pauses_is_easy()
    {
        var run = new SyntheticRun { GpsJumpEverySeconds = 120 }
            .Hills(900, 3.0, 0.15, 240)
            .Stop(45)
            .Hills(600, 3.0, 0.15, 180)
            .Stop(50)
            .Pause(180)
            .Hills(600, 3.0, 0.15, 300)
            .Stop(40)
            .Hills(600, 3.0, 0.15, 200);

        Assert.Equal(RunKind.Easy, Kind(run));
        Assert.Equal(0, StreamIntervals.CountWorkBouts(StreamProfile.From(run.Samples())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Steady_runs_stay_easy_whatever_the_noise(int seed)
    {
        var run = new SyntheticRun { Seed = seed, GpsNoiseM = 5, GpsJumpEverySeconds = 97 }.Hills(3000, 2.8, 0.12, 150 + (seed * 40));

        Assert.Equal(RunKind.Easy, Kind(run));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Sparse_sampling_neither_hides_intervals_nor_invents_them(int every)
    {
        var steady = new SyntheticRun { SampleEverySeconds = every }.Hills(2400, 3.0, 0.12, 240).Stop(45).Hills(600, 3.0, 0.12, 240);
        var repeats = new SyntheticRun { SampleEverySeconds = every }.Run(900, 2.8).Repeats(5, 180, 4.2, 120, 2.4).Run(600, 2.8);

        Assert.Equal(RunKind.Easy, Kind(steady));
        Assert.Equal(RunKind.Interval, Kind(repeats));
    }

    [Fact]
    public void A_recording_without_distance_is_judged_by_time_and_heart_rate_only()
    {
        var series = new SampleSeries();
        for (var s = 0; s <= 4800; s++)
        {
            series.Add(new ActivitySample(SyntheticRun.Start.AddSeconds(s), null, null, 140 + (s / 60 % 2 * 30)));
        }

        var recording = new ActivityRecording { Format = ActivityFormat.Fit, Sport = "running", SubSport = "treadmill", Laps = [], Samples = series };

        Assert.Equal(RunKind.Long, ActivityDerivation.Derive(recording, AthleteContext.Unknown).Kind);
    }

    [Fact]
    public void Strides_after_an_easy_run_stay_easy()
    {
        var run = new SyntheticRun().Run(1800, 2.9).Repeats(6, 20, 5.5, 60, 2.4, 150, 140).Run(300, 2.8);

        Assert.Equal(RunKind.Easy, Kind(run));
    }

    [Fact]
    public void Repeats_in_the_stream_with_gps_noise_are_intervals()
    {
        // 15 min warm-up, 6 x 4 min hard with 2-min jogs, 10 min cool-down.
        var run = new SyntheticRun().Run(900, 2.8).Repeats(6, 240, 4.2, 120, 2.4).Run(600, 2.8);

        Assert.Equal(RunKind.Interval, Kind(run));
        Assert.Equal(6, StreamIntervals.CountWorkBouts(StreamProfile.From(run.Samples())));
    }

    [Fact]
    public void Short_thirty_thirties_are_intervals()
    {
        var run = new SyntheticRun().Run(600, 2.8).Repeats(10, 30, 5.0, 30, 2.2).Run(600, 2.8);

        Assert.Equal(RunKind.Interval, Kind(run));
    }

    [Fact]
    public void Repeats_with_standing_recoveries_are_intervals()
    {
        var run = new SyntheticRun().Run(900, 2.8).Repeats(5, 180, 4.3, 0, 0).Run(0, 0);
        var withRests = new SyntheticRun().Run(900, 2.8);
        for (var i = 0; i < 5; i++)
        {
            withRests.Run(180, 4.3, 172).Stop(90);
        }

        withRests.Run(600, 2.8);

        Assert.Equal(RunKind.Interval, Kind(withRests));
        Assert.NotEqual(RunKind.Interval, Kind(run)); // 15 min of work without recoveries is not repeats
    }

    [Fact]
    public void Two_repeats_are_not_an_interval_session()
    {
        var run = new SyntheticRun().Run(900, 2.8).Repeats(2, 240, 4.2, 120, 2.4).Run(900, 2.8);

        Assert.NotEqual(RunKind.Interval, Kind(run));
    }

    [Fact]
    public void A_sustained_threshold_block_by_pace_is_a_tempo_run()
    {
        var run = new SyntheticRun().Run(900, 2.8).Run(1500, 3.6, 168).Run(600, 2.8);

        Assert.Equal(RunKind.Tempo, Kind(run, AthleteContext.Unknown));
    }

    [Fact]
    public void A_tempo_run_with_traffic_lights_is_still_tempo_not_intervals()
    {
        var run = new SyntheticRun().Run(900, 2.8).Run(500, 3.6, 168).Stop(40).Run(500, 3.6, 168).Stop(35).Run(500, 3.6, 168).Stop(45).Run(300, 3.6, 168).Run(600, 2.8);

        Assert.Equal(RunKind.Tempo, Kind(run, AthleteContext.Unknown));
    }

    [Fact]
    public void A_tempo_shorter_than_twenty_minutes_is_not_a_tempo_run()
    {
        var run = new SyntheticRun().Run(900, 2.8).Run(900, 3.6, 168).Run(900, 2.8);

        Assert.Equal(RunKind.Easy, Kind(run, AthleteContext.Unknown));
    }

    [Fact]
    public void Heart_rate_near_threshold_for_twenty_minutes_is_tempo_when_the_maximum_is_known()
    {
        // An even-paced run at 165 bpm: 88 % of 188.
        var run = new SyntheticRun().Run(300, 3.0, 130).Run(1800, 3.0, 165).Run(300, 3.0, 135);

        Assert.Equal(RunKind.Tempo, Kind(run, new AthleteContext(null, 188)));
        Assert.Equal(RunKind.Easy, Kind(run, AthleteContext.Unknown));
        Assert.Equal(RunKind.Easy, Kind(run, new AthleteContext(null, 205))); // 80 % of 205
    }

    [Fact]
    public void Seventy_five_minutes_moving_is_a_long_run()
    {
        Assert.Equal(RunKind.Long, Kind(new SyntheticRun().Hills(80 * 60, 2.9, 0.08, 300)));
        Assert.Equal(RunKind.Easy, Kind(new SyntheticRun().Hills(70 * 60, 2.9, 0.08, 300)));
    }

    [Fact]
    public void Pauses_do_not_make_a_run_long()
    {
        var run = new SyntheticRun().Run(40 * 60, 2.9).Pause(30 * 60).Run(30 * 60, 2.9);

        Assert.Equal(RunKind.Easy, Kind(run));
    }

    [Fact]
    public void A_long_run_with_six_by_one_km_is_an_interval_session()
    {
        // 90 min: 30 min easy, 6 x 1 km at 4:00/km with 400 m jogs, then easy.
        var run = new SyntheticRun().Run(1800, 2.8).Repeats(6, 240, 4.17, 150, 2.6).Run(1500, 2.8);

        Assert.True(run.Samples().MovingSeconds >= 75 * 60);
        Assert.Equal(RunKind.Interval, Kind(run));
    }

    [Fact]
    public void A_long_run_with_a_thirty_minute_threshold_block_is_a_tempo_run()
    {
        var run = new SyntheticRun().Run(2400, 2.8).Run(1800, 3.5, 168).Run(1200, 2.8);

        Assert.Equal(RunKind.Tempo, Kind(run));
    }

    [Fact]
    public void Structured_laps_of_work_and_recovery_are_intervals_even_when_the_stream_shows_none()
    {
        var laps = new List<RecordedLap> { Lap(0, 600, 1700, LapIntensity.Warmup) };
        for (var i = 0; i < 5; i++)
        {
            laps.Add(Lap(laps.Count, 180, 700, LapIntensity.Interval));
            laps.Add(Lap(laps.Count, 120, 300, LapIntensity.Recovery));
        }

        laps.Add(Lap(laps.Count, 600, 1700, LapIntensity.Cooldown));
        var steadyStream = new SyntheticRun().Run(2600, 2.9);

        Assert.Equal(RunKind.Interval, ActivityDerivation.Derive(steadyStream.Recording(laps: laps), Athlete).Kind);
    }

    [Fact]
    public void Lap_paces_alternating_hard_and_easy_are_intervals()
    {
        var laps = new List<RecordedLap> { Lap(0, 690, 2000, LapIntensity.Active, 138) };
        for (var i = 0; i < 6; i++)
        {
            laps.Add(Lap(laps.Count, 240, 1000, LapIntensity.Active, 170));
            laps.Add(Lap(laps.Count, 156, 400, LapIntensity.Active, 150));
        }

        laps.Add(Lap(laps.Count, 690, 2000, LapIntensity.Active, 140));

        Assert.Equal(6, LapIntervals.CountWorkBouts(laps));
        Assert.Equal(RunKind.Interval, ActivityDerivation.Derive(new SyntheticRun().Run(600, 2.9).Recording(laps: laps), Athlete).Kind);
    }

    [Fact]
    public void Auto_laps_of_a_hilly_steady_run_are_not_intervals()
    {
        // 1 km auto-laps: climbs at 6:00/km with higher heart rate, descents at 4:50/km with lower.
        var laps = new List<RecordedLap>();
        for (var i = 0; i < 10; i++)
        {
            var descent = i % 2 == 1;
            laps.Add(Lap(i, descent ? 290 : 360, 1000, LapIntensity.Active, descent ? 142 : 156));
        }

        Assert.Equal(0, LapIntervals.CountWorkBouts(laps));
    }

    [Fact]
    public void Cross_training_has_no_kind()
    {
        var ride = new SyntheticRun().Repeats(6, 240, 9, 120, 6).Recording("cycling");

        var summary = ActivityDerivation.Derive(ride, Athlete);

        Assert.Equal(ActivityLoggedAs.CrossTraining, summary.LoggedAs);
        Assert.Null(summary.Kind);
    }

    private static RunKind? Kind(SyntheticRun run, AthleteContext? athlete = null) =>
        ActivityDerivation.Derive(run.Recording(), athlete ?? AthleteContext.Unknown).Kind;

    private static RecordedLap Lap(int index, double seconds, double metres, LapIntensity intensity, int? heartRate = null) =>
        new(SyntheticRun.Start.AddMinutes(index * 3), metres, seconds, seconds, heartRate, null, intensity);
}
