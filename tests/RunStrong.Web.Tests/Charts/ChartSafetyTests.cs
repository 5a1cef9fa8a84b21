using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public partial class ChartSafetyTests
{
    private const string Hostile = "</title><script>alert('x')</script>\"&\u0001\ud800 \U0001F3C3";

    [Fact]
    public void Hostile_text_is_escaped_everywhere()
    {
        var spec = new LineChartSpec("hostile", Hostile, Hostile, [
            new LineSeries(Hostile, "\"><script>", [new LinePoint(1, 2, Hostile), new LinePoint(2, 3, Hostile)]),
        ])
        {
            XTicks = [new AxisTick(1, Hostile)],
            YUnit = Hostile,
            Band = new ValueBand(2, 3, Hostile),
        };

        var svg = LineChart.Render(spec);

        var root = Svg.ParseChart(svg);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        var expected = "</title><script>alert('x')</script>\"& \U0001F3C3";
        Assert.Equal(expected, root.Element(Svg.Ns + "title")!.Value);
        Assert.Equal(expected, root.WithClass("rs-chart-point").First().Title());
        Assert.Equal(expected, root.WithClass("rs-chart-band").Single().Title());
        Assert.Contains(root.Descendants(Svg.Ns + "text"), t => t.Value == expected);
    }

    [Fact]
    public void Hostile_bar_labels_are_escaped()
    {
        var svg = BarChart.Render(new BarChartSpec("bars", "Bars", "Two bars", Hostile, [new BarDatum(Hostile, 3, Hostile, 1, Hostile)])
        {
            SecondaryName = Hostile,
            Unit = Hostile,
        });

        Svg.ParseChart(svg);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1chart")]
    [InlineData("a\" onload=\"x")]
    [InlineData("a b")]
    public void Ids_that_could_break_the_markup_are_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => FitnessChart.Render(id, []));
        Assert.Throws<ArgumentException>(() => WeeklyTrainingChart.Render(id, [new TrainingWeek(new DateOnly(2026, 11, 2), 3, 0)]));
    }

    [Fact]
    public void Numbers_are_invariant_under_a_comma_decimal_culture()
    {
        var charts = new List<string>();
        Svg.UnderCommaCulture(() =>
        {
            charts.Add(WeeklyTrainingChart.Render("weekly", [new(new DateOnly(2026, 11, 2), 12.5, 1), new(new DateOnly(2026, 11, 9), 1234.5, 2)]));
            charts.Add(ProteinChart.Render("protein", [new(new DateOnly(2026, 11, 2), 1.75), new(new DateOnly(2026, 11, 3), 2.45)], 1.6, 2.2, "g/kg"));
            charts.Add(BodyCompositionChart.Render("body", [new(new DateOnly(2026, 3, 2), 78.25)], [new(new DateOnly(2026, 4, 2), 60.5, MeasurementMethod.Tape)]));
            charts.Add(FitnessChart.Render("load", [new(new DateOnly(2026, 11, 1), 50.5, 60.25, -9.75), new(new DateOnly(2026, 11, 2), 51.5, 55.5, -4)]));
        });

        foreach (var svg in charts)
        {
            var root = Svg.ParseChart(svg);
            foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(a => IsGeometry(a.Name.LocalName)))
            {
                Assert.DoesNotContain(",", attribute.Value, StringComparison.Ordinal);
                Assert.DoesNotContain("~", attribute.Value, StringComparison.Ordinal);
                Assert.All(
                    NumberPattern().Matches(attribute.Value).Select(m => m.Value),
                    n => Assert.True(double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out _), n));
            }

            var words = string.Concat(root.DescendantNodes().OfType<XText>().Select(t => t.Value + " "));
            Assert.DoesNotMatch(@"\d,\d", words);
            Assert.DoesNotContain("~", words, StringComparison.Ordinal);
        }

        Assert.Contains("1234.5 km", charts[0], StringComparison.Ordinal);
        Assert.Contains("1.75 g/kg", charts[1], StringComparison.Ordinal);
        Assert.Contains("form \u22129.8", charts[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_scale_with_their_container_and_use_no_inline_css()
    {
        var svg = FitnessChart.Render("load", [new(new DateOnly(2026, 11, 1), 50, 60, -10)]);

        var root = Svg.ParseChart(svg);
        Assert.StartsWith("0 0 440 ", (string?)root.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_generic_line_chart_with_no_values_says_so()
    {
        var svg = LineChart.Render(new LineChartSpec("empty", "Pace", "Nothing yet", [new LineSeries("Pace", ChartColors.Blue, [new LinePoint(1, null, "none")])])
        {
            EmptyText = "No runs yet.",
        });

        var root = Svg.ParseChart(svg);
        Assert.Equal("No runs yet.", root.Descendants(Svg.Ns + "text").Single().Value);
    }

    private static bool IsGeometry(string name) =>
        name is "x" or "y" or "x1" or "x2" or "y1" or "y2" or "cx" or "cy" or "r" or "width" or "height" or "d" or "viewBox" or "font-size";

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
