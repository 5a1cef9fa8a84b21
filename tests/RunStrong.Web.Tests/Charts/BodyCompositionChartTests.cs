using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public class BodyCompositionChartTests
{
    private static readonly MassReading[] Mass =
    [
        new(new DateOnly(2026, 3, 2), 78.2),
        new(new DateOnly(2026, 3, 20), 77.6, MeasurementMethod.Bia),
        new(new DateOnly(2026, 6, 1), 76.0, MeasurementMethod.Dexa),
    ];

    private static readonly MassReading[] FatFree =
    [
        new(new DateOnly(2026, 3, 20), 60.1, MeasurementMethod.Bia),
        new(new DateOnly(2026, 4, 11), 60.3, MeasurementMethod.Estimated),
        new(new DateOnly(2026, 6, 1), 61.0, MeasurementMethod.Dexa),
    ];

    [Fact]
    public void Each_reading_names_its_value_and_method()
    {
        var root = Svg.ParseChart(BodyCompositionChart.Render("body", Mass, FatFree));

        var titles = root.WithClass("rs-chart-point").Select(p => p.Element(Svg.Ns + "title")?.Value).OfType<string>().ToList();
        Assert.Equal(
            [
                "Body mass, 2 Mar 2026: 78.2 kg (scales)",
                "Body mass, 20 Mar 2026: 77.6 kg (BIA)",
                "Body mass, 1 Jun 2026: 76 kg (DEXA)",
                "Fat-free mass, 20 Mar 2026: 60.1 kg (BIA)",
                "Fat-free mass, 11 Apr 2026: 60.3 kg (estimated)",
                "Fat-free mass, 1 Jun 2026: 61 kg (DEXA)",
            ],
            titles);
    }

    [Fact]
    public void Methods_differ_by_marker_shape_and_appear_in_the_legend()
    {
        var root = Svg.ParseChart(BodyCompositionChart.Render("body", Mass, FatFree));

        var points = root.WithClass("rs-chart-point").Where(p => p.Element(Svg.Ns + "title") is not null).ToList();
        var bia = points.Where(p => p.Title().EndsWith("(BIA)", StringComparison.Ordinal)).Select(Shape).Distinct().Single();
        var dexa = points.Where(p => p.Title().EndsWith("(DEXA)", StringComparison.Ordinal)).Select(Shape).Distinct().Single();
        Assert.NotEqual(bia, dexa);
        var estimated = points.Single(p => p.Title().EndsWith("(estimated)", StringComparison.Ordinal));
        Assert.Equal("#ffffff", (string?)estimated.Attribute("fill"));
        var legend = root.WithClass("rs-chart-legend").Single().Elements(Svg.Ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(["Body mass", "Fat-free mass", "scales", "DEXA", "BIA", "estimated"], legend);
    }

    [Fact]
    public void Irregular_dates_are_spaced_by_time_and_heavier_is_higher()
    {
        var root = Svg.ParseChart(BodyCompositionChart.Render("body", Mass, FatFree));

        var mass = root.WithClass("rs-chart-series-1").Single().WithClass("rs-chart-point").Select(p => p.Start()).ToList();
        var gapMarch = mass[1].X - mass[0].X;
        var gapToJune = mass[2].X - mass[1].X;
        Assert.Equal(18.0 / 73.0, gapMarch / gapToJune, 1);
        var fatFree = root.WithClass("rs-chart-series-2").Single();
        Assert.Equal("6 4", (string?)fatFree.WithClass("rs-chart-line").Single().Attribute("stroke-dasharray"));
        Assert.All(fatFree.WithClass("rs-chart-point").Select(p => p.Start().Y), y => Assert.True(y > mass.Max(m => m.Y)));
    }

    [Fact]
    public void No_readings_render_a_small_message()
    {
        var root = Svg.ParseChart(BodyCompositionChart.Render("body", [], []));

        Assert.Equal("No body mass readings to show yet.", root.Descendants(Svg.Ns + "text").Single().Value);
    }

    private static string Shape(System.Xml.Linq.XElement path) =>
        new(((string)path.Attribute("d")!).Where(char.IsLetter).ToArray());
}
