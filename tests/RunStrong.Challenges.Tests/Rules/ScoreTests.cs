namespace RunStrong.Challenges.Tests.Rules;

/// <summary>Scores are whole hundredths: exact sums, rounding to the nearest hundredth.</summary>
public sealed class ScoreTests
{
    [Fact]
    public void Hundredths_sum_exactly_where_doubles_do_not()
    {
        // 0.1 + 0.2 is 0.30000000000000004 as doubles; as hundredths it is 10 + 20 = 30.
        Assert.Equal(new Score(30), Score.Of(0.1) + Score.Of(0.2));
        Assert.Equal(0.30m, (Score.Of(0.1) + Score.Of(0.2)).Value);
    }

    [Theory]
    [InlineData(12.344, 1234)]
    [InlineData(12.346, 1235)]
    [InlineData(0.125, 13)] // an exact binary midpoint: away from zero
    [InlineData(-0.125, -13)]
    [InlineData(42.0, 4200)]
    public void Of_rounds_to_the_nearest_hundredth(double value, long hundredths) =>
        Assert.Equal(hundredths, Score.Of(value).Hundredths);

    /// <summary>
    /// The documented rule is "midpoints away from zero". 1.005 and 1.015 are midpoints as a client types them,
    /// but as doubles they are 1.00499999... and 1.01499999..., so <c>value * 100</c> lands just below the midpoint.
    /// </summary>
    [Theory]
    [InlineData(1.005, 101)]
    [InlineData(1.015, 102)]
    public void Of_rounds_a_decimal_midpoint_away_from_zero(double value, long hundredths) =>
        Assert.Equal(hundredths, Score.Of(value).Hundredths);

    [Fact]
    public void Whole_units_are_hundreds_of_hundredths()
    {
        Assert.Equal(new Score(2000), Score.Whole(20));
        Assert.Equal(20m, Score.Whole(20).Value);
    }

    [Fact]
    public void Prints_in_its_unit_with_invariant_culture() => Assert.Equal("12.35", new Score(1235).ToString());
}
