using FsCheck;
using FsCheck.Fluent;
using RunStrong.Activities.Recording;
using Xunit;

namespace RunStrong.Activities.Tests.Recording;

/// <summary>
/// Whatever the stream (pauses of any length, repeated or earlier times, distance and heart rate or not), the series
/// stays within its bins and its bins add up to its totals (FsCheck; properties run inside facts, as elsewhere).
/// </summary>
public sealed class SampleSeriesProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Steps between samples: mostly 1-10 s, sometimes a pause of hours, sometimes backwards.</summary>
    private static readonly Arbitrary<(int Seconds, int Metres, int? HeartRate)[]> Streams = Gen.ArrayOf(
        from seconds in Gen.Frequency((20, Gen.Choose(1, 10)), (2, Gen.Choose(11, 20_000)), (1, Gen.Choose(-30, 0)))
        from metres in Gen.Choose(0, 60)
        from heartRate in Gen.Elements<int?>(null, 0, 95, 150, 190, 255)
        select (seconds, metres, heartRate)).ToArbitrary();

    [Fact]
    public void Bins_stay_bounded_and_add_up_to_the_totals() =>
        Prop.ForAll(Streams, steps =>
        {
            var series = new SampleSeries();
            var (time, distance) = (Start, 0.0);
            foreach (var (seconds, metres, heartRate) in steps)
            {
                time = time.AddSeconds(seconds);
                distance += metres;
                series.Add(new ActivitySample(time, distance, null, heartRate));
            }

            double binSeconds = 0, binMoving = 0;
            foreach (var bin in series.Bins)
            {
                binSeconds += bin.Seconds;
                binMoving += bin.MovingSeconds;
            }

            return series.Bins.Length <= SampleSeries.MaxBins
                && Math.Abs(binSeconds - series.ElapsedSeconds) < 1e-6
                && Math.Abs(binMoving - series.MovingSeconds) < 1e-6
                && series.MovingSeconds <= series.ElapsedSeconds + 1e-6
                && series.DistanceM <= distance
                && series.MaxHeartRate is null or (>= SampleSeries.MinHeartRate and <= SampleSeries.MaxPlausibleHeartRate)
                && series.AvgHeartRate is null or (>= SampleSeries.MinHeartRate and <= SampleSeries.MaxPlausibleHeartRate);
        }).Check(Runs);
}
