using RunStrong.Activities.Recording;
using Xunit;

namespace RunStrong.Activities.Tests.Recording;

public sealed class SampleSeriesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_thirty_hour_recording_stays_within_the_bin_limit_and_keeps_its_totals()
    {
        var series = new SampleSeries();
        const int seconds = 30 * 3600;
        for (var s = 0; s <= seconds; s++)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), s * 2.0, null, 120 + (s % 40)));
        }

        Assert.InRange(series.Bins.Length, SampleSeries.MaxBins / 2, SampleSeries.MaxBins);
        Assert.Equal(40, series.BinSeconds); // 5 s doubled three times: 108,000 s / 40 s = 2,700 bins
        Assert.Equal(seconds, series.ElapsedSeconds);
        Assert.Equal(seconds, series.MovingSeconds, 6);
        Assert.Equal(seconds * 2.0, series.DistanceM);
        Assert.Equal(seconds, Sum(series, b => b.Seconds), 6);
        Assert.Equal(seconds * 2.0, Sum(series, b => b.DistanceM), 3);
        Assert.Equal(159, series.MaxHeartRate);
        Assert.Equal(139.5, series.AvgHeartRate!.Value, 1);
    }

    [Fact]
    public void Halving_keeps_each_stretch_where_it_happened()
    {
        var series = new SampleSeries();
        for (var s = 0; s <= 12 * 3600; s++)
        {
            // Fast (4 m/s) only in the seventh hour.
            var fast = s is >= 6 * 3600 and < 7 * 3600;
            series.Add(new ActivitySample(Start.AddSeconds(s), null, fast ? 4 : 2, null));
        }

        var bins = series.Bins;
        var seventhHour = (int)(6.5 * 3600 / series.BinSeconds);
        Assert.Equal(4, bins[seventhHour].SpeedMps!.Value, 6);
        Assert.Equal(2, bins[seventhHour / 2].SpeedMps!.Value, 6);
    }

    [Fact]
    public void Gaps_longer_than_a_moving_gap_are_pauses_and_standing_still_is_not_moving()
    {
        var series = new SampleSeries();
        var distance = 0.0;
        for (var s = 0; s < 600; s++)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), distance += 3, null, 150));
        }

        // Auto-pause: nothing for 5 minutes, then the run goes on.
        for (var s = 900; s < 1200; s++)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), distance += 3, null, 150));
        }

        // A traffic light with the watch still recording: 60 s without progress.
        for (var s = 1200; s < 1260; s++)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), distance, null, 120));
        }

        Assert.Equal(1259, series.ElapsedSeconds);
        Assert.Equal(599 + 299, series.MovingSeconds, 6);
        Assert.Equal(900 * 3, series.DistanceM, 6);
    }

    [Fact]
    public void Samples_out_of_order_are_ignored_and_a_repeated_time_adds_no_time()
    {
        var series = new SampleSeries();
        series.Add(new ActivitySample(Start, 0, null, 140));
        series.Add(new ActivitySample(Start.AddSeconds(10), 30, null, 150));
        series.Add(new ActivitySample(Start.AddSeconds(5), 15, null, 200)); // an earlier record repeated after a clock sync
        series.Add(new ActivitySample(Start.AddSeconds(10), 31, null, 152));
        series.Add(new ActivitySample(Start.AddSeconds(20), 60, null, 150));

        Assert.Equal(4, series.Count);
        Assert.Equal(Start.AddSeconds(20), series.Last);
        Assert.Equal(20, series.ElapsedSeconds);
        Assert.Equal(20, series.MovingSeconds);
        Assert.Equal(60, series.DistanceM);
        Assert.Equal(152, series.MaxHeartRate);
    }

    [Fact]
    public void Heart_rates_a_strap_reports_when_it_loses_contact_are_ignored()
    {
        var series = new SampleSeries();
        for (var s = 0; s <= 100; s++)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), s * 3.0, null, s % 10 == 0 ? 0 : s % 10 == 5 ? 255 : 150));
        }

        Assert.Equal(150, series.MaxHeartRate);
        Assert.Equal(150, series.AvgHeartRate!.Value, 6);
    }

    [Fact]
    public void Speed_alone_adds_up_to_distance()
    {
        var series = new SampleSeries();
        for (var s = 0; s <= 600; s += 2)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), null, 3.5, null));
        }

        Assert.True(series.HasDistance);
        Assert.Equal(600 * 3.5, series.DistanceM, 6);
        Assert.Equal(600, series.MovingSeconds, 6);
    }

    [Fact]
    public void A_recording_without_distance_or_speed_counts_all_short_gaps_as_moving()
    {
        var series = new SampleSeries();
        for (var s = 0; s <= 600; s += 5)
        {
            series.Add(new ActivitySample(Start.AddSeconds(s), null, null, 140));
        }

        Assert.False(series.HasDistance);
        Assert.Equal(0, series.DistanceM);
        Assert.Equal(600, series.MovingSeconds, 6);
    }

    [Fact]
    public void Times_years_apart_stay_bounded()
    {
        var series = new SampleSeries();
        series.Add(new ActivitySample(Start, 0, null, null));
        series.Add(new ActivitySample(Start.AddSeconds(30), 90, null, null));
        series.Add(new ActivitySample(Start.AddYears(50), 100, null, null));

        Assert.InRange(series.Bins.Length, 1, SampleSeries.MaxBins);
        Assert.Equal(30, series.MovingSeconds);
    }

    private static double Sum(SampleSeries series, Func<SampleBin, double> figure)
    {
        double sum = 0;
        foreach (var bin in series.Bins)
        {
            sum += figure(bin);
        }

        return sum;
    }
}
