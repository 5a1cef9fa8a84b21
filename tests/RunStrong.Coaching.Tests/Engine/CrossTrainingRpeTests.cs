using RunStrong.Coaching.Engine.Training;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// A cross-training session's session RPE from its heart rate: 208 - 0.7 x age (Tanaka et al. 2001), ACSM's bands
/// (Garber et al. 2011) read as Foster's CR-10 words; 3 without a heart rate.
/// </summary>
public sealed class CrossTrainingRpeTests
{
    [Fact]
    public void Maximal_heart_rate_at_36_is_182_8()
    {
        Assert.Equal(182.8, CrossTrainingRpe.MaxHeartRate(36), 9);
    }

    // At 36 (maximum 182.8): 116 is 63.5 %, 117 is 64.0 %, 140 is 76.6 %, 141 is 77.1 %, 175 is 95.7 %, 176 is 96.3 %.
    [Theory]
    [InlineData(116, 2)]
    [InlineData(117, 3)]
    [InlineData(140, 3)]
    [InlineData(141, 5)]
    [InlineData(175, 5)]
    [InlineData(176, 7)]
    [InlineData(null, 3)]
    [InlineData(0, 3)]
    public void Heart_rate_picks_the_rating_and_without_one_it_is_moderate(int? avgHeartRate, int rpe)
    {
        Assert.Equal(rpe, CrossTrainingRpe.Of(avgHeartRate, 36));
    }

    [Fact]
    public void The_same_heart_rate_is_harder_for_an_older_athlete()
    {
        // 140 beats/min: 76.6 % of 182.8 at 36 (moderate), 86.4 % of 162 at 65 (vigorous).
        Assert.Equal((3, 5), (CrossTrainingRpe.Of(140, 36), CrossTrainingRpe.Of(140, 65)));
    }

    [Fact]
    public void Load_is_rating_times_minutes()
    {
        var ride = new CrossTrainingSession("x", DateTimeOffset.UnixEpoch, "cycling", 60, 700, 150, 30);

        Assert.Equal(5 * 60, CrossTrainingRpe.Load(ride, 36));
        Assert.Equal(3 * 60, CrossTrainingRpe.Load(ride with { AvgHeartRate = null }, 36));
    }
}
