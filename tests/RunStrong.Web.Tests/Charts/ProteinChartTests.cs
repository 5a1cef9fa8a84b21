using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public class ProteinChartTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private static string Render(params double?[] amounts) =>
        ProteinChart.Render("protein", amounts.Select((a, i) => new ProteinDay(Monday.AddDays(i), a)).ToList(), 1.6, 2.2, "g/kg");

    [Fact]
    public void The_band_spans_exactly_the_target_range()
    {
        // A day on each edge of the band: the markers' centres must sit on the band's edges.
        var root = Svg.ParseChart(Render(2.2, 1.6, 1.9));

        var band = root.WithClass("rs-chart-band").Single();
        var points = root.WithClass("rs-chart-point").Where(p => p.Element(Svg.Ns + "title") is not null).ToList();
        Assert.Equal(band.Num("y"), points[0].CircleCenterY(), 1);
        Assert.Equal(band.Num("y") + band.Num("height"), points[1].CircleCenterY(), 1);
        Assert.InRange(points[2].CircleCenterY(), band.Num("y"), band.Num("y") + band.Num("height"));
        Assert.Equal("Target 1.6\u20132.2 g/kg", band.Title());
    }

    [Fact]
    public void Status_shows_in_shape_colour_and_words()
    {
        var root = Svg.ParseChart(Render(1.2, 1.9, 2.8));

        var points = root.WithClass("rs-chart-point").Where(p => p.Element(Svg.Ns + "title") is not null).ToList();
        Assert.Equal(
            [
                "Mon 2 Nov 2026: 1.2 g/kg (below target 1.6\u20132.2 g/kg)",
                "Tue 3 Nov 2026: 1.9 g/kg (within target 1.6\u20132.2 g/kg)",
                "Wed 4 Nov 2026: 2.8 g/kg (above target 1.6\u20132.2 g/kg)",
            ],
            points.Select(p => p.Title()));
        Assert.Equal(3, points.Select(p => (string?)p.Attribute("fill")).Distinct().Count());
        Assert.Equal(["down", "circle", "up"], points.Select(Shape));
        Assert.True(points[0].Start().Y > points[1].CircleCenterY());
        var legend = root.WithClass("rs-chart-legend").Single().Elements(Svg.Ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(["Target 1.6\u20132.2 g/kg", "Below", "Within", "Above"], legend);
        Assert.Contains("1 days within, 1 below, 1 above", root.Element(Svg.Ns + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_day_is_a_gap_not_a_zero()
    {
        var root = Svg.ParseChart(Render(1.8, 2.0, null, 1.7, 1.9));

        var line = (string)root.WithClass("rs-chart-line").Single().Attribute("d")!;
        Assert.Equal(2, line.Count(c => c == 'M'));
        var points = root.WithClass("rs-chart-point").Where(p => p.Element(Svg.Ns + "title") is not null).ToList();
        Assert.Equal(4, points.Count);
        Assert.DoesNotContain(points, p => p.Title().StartsWith("Wed", StringComparison.Ordinal));
        var zeroLabel = root.WithClass("rs-chart-tick").SelectMany(g => g.Elements(Svg.Ns + "text")).First(t => t.Value == "0");
        Assert.All(points, p => Assert.True(p.CircleCenterY() < zeroLabel.Num("y") - 20));
    }

    [Fact]
    public void A_day_absent_from_the_list_is_a_gap_too()
    {
        var days = new List<ProteinDay> { new(Monday, 150), new(Monday.AddDays(1), 160), new(Monday.AddDays(3), 140) };

        var root = Svg.ParseChart(ProteinChart.Render("protein", days, 120, 180, "g"));

        Assert.Equal(2, ((string)root.WithClass("rs-chart-line").Single().Attribute("d")!).Count(c => c == 'M'));
        Assert.Contains("4 days from 2 Nov 2026 to 5 Nov 2026, 3 logged", root.Element(Svg.Ns + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_logged_renders_a_small_message()
    {
        var root = Svg.ParseChart(Render(null, null));

        Assert.Contains("rs-chart-empty", (string?)root.Attribute("class"), StringComparison.Ordinal);
        Assert.Equal("No protein logged in this period.", root.Descendants(Svg.Ns + "text").Single().Value);
    }

    /// <summary>Circles are drawn with arcs; a triangle's first side runs down-right when it points up.</summary>
    private static string Shape(System.Xml.Linq.XElement path)
    {
        var d = (string)path.Attribute("d")!;
        if (d.Contains('a', StringComparison.Ordinal))
        {
            return "circle";
        }

        var side = d[(d.IndexOf('l', StringComparison.Ordinal) + 1)..d.IndexOf('h', StringComparison.Ordinal)].Split(' ');
        return side[1].StartsWith('-') ? "down" : "up";
    }

    [Theory]
    [InlineData(1.59, ProteinStatus.Below)]
    [InlineData(1.6, ProteinStatus.Within)]
    [InlineData(2.2, ProteinStatus.Within)]
    [InlineData(2.21, ProteinStatus.Above)]
    public void Band_edges_count_as_within(double amount, ProteinStatus expected) =>
        Assert.Equal(expected, ProteinChart.StatusOf(amount, 1.6, 2.2));
}
