using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public class FitnessChartTests
{
    private static List<TrainingLoadDay> Days(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TrainingLoadDay(new DateOnly(2026, 9, 1).AddDays(i), 40 + (i % 10), 45 + (i % 17), -5 - (i % 17) + (i % 10)))
            .ToList();

    [Fact]
    public void Draws_three_series_and_a_zero_line_that_negative_form_falls_below()
    {
        var days = new List<TrainingLoadDay>
        {
            new(new DateOnly(2026, 11, 1), 50, 40, 10),
            new(new DateOnly(2026, 11, 2), 51, 70, -19),
        };

        var root = Svg.ParseChart(FitnessChart.Render("load", days));

        Assert.Equal(3, root.WithClass("rs-chart-line").Count());
        var zero = root.WithClass("rs-chart-zero").Single();
        var form = root.WithClass("rs-chart-series-3").Single().WithClass("rs-chart-point").ToList();
        Assert.Equal("Mon 2 Nov 2026: form \u221219", form[1].Title());
        Assert.True(form[0].Start().Y < zero.Num("y1"));
        Assert.True(form[1].Start().Y > zero.Num("y1"));
        Assert.Contains("form \u221219 (below zero", root.Element(Svg.Ns + "desc")!.Value, StringComparison.Ordinal);
        var legend = root.WithClass("rs-chart-legend").Single().Elements(Svg.Ns + "text").Select(t => t.Value);
        Assert.Equal(["Fitness", "Fatigue", "Form"], legend);
    }

    [Fact]
    public void Long_histories_are_thinned_to_a_bounded_size()
    {
        var svg = FitnessChart.Render("load", Days(3000));

        var root = Svg.ParseChart(svg);
        var points = root.WithClass("rs-chart-point").Count(p => p.Element(Svg.Ns + "title") is not null);
        Assert.InRange(points, 100, LineChart.MaxPoints);
        Assert.True(svg.Length < 150_000, $"{svg.Length} characters");
        Assert.Contains(root.WithClass("rs-chart-series-1").Single().WithClass("rs-chart-point"), p => p.Title().Contains("2034", StringComparison.Ordinal));
    }

    [Fact]
    public void A_season_of_days_is_labelled_with_at_most_six_dates()
    {
        var root = Svg.ParseChart(FitnessChart.Render("load", Days(90)));

        var labels = root.WithClass("rs-chart-tick").Where(g => (string?)g.Attribute("text-anchor") == "middle")
            .SelectMany(g => g.Elements(Svg.Ns + "text")).Select(t => t.Value).ToList();
        Assert.InRange(labels.Count, 3, 6);
        Assert.Contains("29 Nov", labels);
    }
}
