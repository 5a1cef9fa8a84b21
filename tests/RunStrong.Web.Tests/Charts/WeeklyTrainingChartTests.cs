using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public class WeeklyTrainingChartTests
{
    private static readonly DateOnly FirstMonday = new(2026, 11, 2);

    private static List<TrainingWeek> Weeks(params (double Km, int Hard)[] weeks) =>
        weeks.Select((w, i) => new TrainingWeek(FirstMonday.AddDays(7 * i), w.Km, w.Hard)).ToList();

    [Fact]
    public void Is_well_formed_titled_and_described()
    {
        var root = Svg.ParseChart(WeeklyTrainingChart.Render("weekly", Weeks((30, 1), (42.5, 2))));

        Assert.Equal("weekly", (string?)root.Attribute("id"));
        Assert.Equal("weekly-title weekly-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("Weekly training", root.Element(Svg.Ns + "title")!.Value);
        Assert.Contains("2 weeks from 2 Nov 2026 to 9 Nov 2026", root.Element(Svg.Ns + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_week_is_a_taller_bar_on_the_same_baseline()
    {
        var root = Svg.ParseChart(WeeklyTrainingChart.Render("weekly", Weeks((10, 0), (40, 3), (25, 1))));

        var bars = root.WithClass("rs-chart-bar").ToList();
        Assert.Equal(3, bars.Count);
        Assert.True(bars[1].Num("height") > bars[2].Num("height"));
        Assert.True(bars[2].Num("height") > bars[0].Num("height"));
        Assert.Equal(bars[1].Num("height") / 4, bars[0].Num("height"), 1);
        Assert.Single(bars.Select(b => Math.Round(b.Num("y") + b.Num("height"), 1)).Distinct());
        Assert.True(bars[0].Num("x") < bars[1].Num("x") && bars[1].Num("x") < bars[2].Num("x"));
    }

    [Fact]
    public void Each_bar_and_hard_session_marker_names_its_value()
    {
        var root = Svg.ParseChart(WeeklyTrainingChart.Render("weekly", Weeks((30, 1), (42.5, 2))));

        Assert.Equal(
            ["Week of 2 Nov 2026: 30 km", "Week of 9 Nov 2026: 42.5 km"],
            root.WithClass("rs-chart-bar").Select(b => b.Title()));
        var markers = root.WithClass("rs-chart-series-2").Single().WithClass("rs-chart-point").ToList();
        Assert.Equal(["Week of 2 Nov 2026: 1 hard session", "Week of 9 Nov 2026: 2 hard sessions"], markers.Select(m => m.Title()));
        Assert.True(markers[1].Start().Y < markers[0].Start().Y);
    }

    [Fact]
    public void The_hard_session_scale_counts_in_whole_numbers_on_the_same_grid_lines()
    {
        var root = Svg.ParseChart(WeeklyTrainingChart.Render("weekly", Weeks((10, 0), (80, 3), (25, 1))));

        var left = root.WithClass("rs-chart-tick").Single(g => (string?)g.Attribute("text-anchor") == "end").Elements(Svg.Ns + "text").ToList();
        var right = root.WithClass("rs-chart-tick-right").Single().Elements(Svg.Ns + "text").ToList();
        Assert.Equal(["0", "1", "2", "3", "4", "hard"], right.Select(t => t.Value));
        Assert.Equal(left.Select(t => t.Num("y")), right.Select(t => t.Num("y")));
    }

    [Fact]
    public void Labels_weeks_by_their_monday_in_date_order()
    {
        var weeks = Weeks((30, 1), (31, 1), (32, 1));
        weeks.Reverse();

        var root = Svg.ParseChart(WeeklyTrainingChart.Render("weekly", weeks));

        var labels = root.WithClass("rs-chart-tick").SelectMany(g => g.Elements(Svg.Ns + "text")).Select(t => t.Value).ToList();
        Assert.Contains("2 Nov", labels);
        Assert.Contains("16 Nov", labels);
        Assert.Equal("Week of 2 Nov 2026: 30 km", root.WithClass("rs-chart-bar").First().Title());
    }

    [Fact]
    public void Twelve_weeks_keep_labels_apart_at_the_chart_width()
    {
        var root = Svg.ParseChart(WeeklyTrainingChart.Render("weekly", Weeks(Enumerable.Range(0, 12).Select(i => (20.0 + i, i % 3)).ToArray())));

        var xs = root.WithClass("rs-chart-tick").Where(g => (string?)g.Attribute("text-anchor") == "middle")
            .SelectMany(g => g.Elements(Svg.Ns + "text")).Select(t => t.Num("x")).Order().ToList();
        Assert.InRange(xs.Count, 4, 12);
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 40));
        Assert.Equal(12, root.WithClass("rs-chart-bar").Count());
    }

    [Fact]
    public void No_weeks_render_a_small_message()
    {
        var svg = WeeklyTrainingChart.Render("weekly", []);

        var root = Svg.ParseChart(svg);
        Assert.Contains("rs-chart-empty", (string?)root.Attribute("class"), StringComparison.Ordinal);
        Assert.Contains("No training weeks", root.Descendants(Svg.Ns + "text").Single().Value, StringComparison.Ordinal);
        Assert.True(svg.Length < 1000);
    }
}
