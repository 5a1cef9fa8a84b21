using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public class NiceScaleTests
{
    [Theory]
    [InlineData(0, 47.3, 0, 50, 10)]
    [InlineData(61.2, 78.9, 60, 80, 5)]
    [InlineData(-23, 18, -30, 20, 10)]
    [InlineData(1.62, 2.2, 1.6, 2.2, 0.2)]
    [InlineData(0.13, 0.41, 0.1, 0.5, 0.1)]
    public void Covers_the_range_with_nice_steps(double low, double high, double min, double max, double step)
    {
        var scale = NiceScale.For(low, high);

        Assert.Equal(min, scale.Min, 9);
        Assert.Equal(max, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
        Assert.InRange(scale.Ticks.Count, 2, 6);
        Assert.Equal(scale.Min, scale.Ticks[0]);
        Assert.Equal(scale.Max, scale.Ticks[^1]);
    }

    [Fact]
    public void A_single_value_gets_a_range_around_it()
    {
        var scale = NiceScale.For(70, 70);

        Assert.True(scale.Min < 70 && scale.Max > 70);
    }

    [Fact]
    public void Ticks_carry_no_float_noise()
    {
        var scale = NiceScale.For(0.1, 0.7);

        Assert.All(scale.Ticks, t => Assert.Equal(Math.Round(t, 6), t));
        Assert.Equal(1, scale.LabelDecimals);
    }

    [Fact]
    public void Maps_min_to_bottom_and_max_to_top()
    {
        var scale = new NiceScale(0, 50, 10);

        Assert.Equal(200, scale.Map(0, 200, 20));
        Assert.Equal(20, scale.Map(50, 200, 20));
        Assert.Equal(110, scale.Map(25, 200, 20));
    }

    [Fact]
    public void Rejects_non_finite_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceScale.For(double.NaN, 3));
    }
}
