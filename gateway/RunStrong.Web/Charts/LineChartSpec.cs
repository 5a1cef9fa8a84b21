namespace RunStrong.Web.Charts;

/// <summary>Everything <see cref="LineChart.Render"/> draws.</summary>
/// <param name="Id">Unique id on the page (letters, digits, '-' and '_', starting with a letter); the title and description ids derive from it.</param>
/// <param name="Title">Short name of the chart, read first by screen readers.</param>
/// <param name="Description">The chart's message in words.</param>
/// <param name="Series">The lines to draw.</param>
public sealed record LineChartSpec(string Id, string Title, string Description, IReadOnlyList<LineSeries> Series)
{
    /// <summary>Labelled x positions; without them the x axis has no labels.</summary>
    public IReadOnlyList<AxisTick> XTicks { get; init; } = [];

    /// <summary>Unit shown above the y axis, e.g. "kg".</summary>
    public string? YUnit { get; init; }

    /// <summary>An optional shaded range drawn behind the lines.</summary>
    public ValueBand? Band { get; init; }

    /// <summary>Keeps zero on the y axis and draws a line there (for values that may be negative).</summary>
    public bool ZeroLine { get; init; }

    /// <summary>Starts the y axis at zero even when every value is far from it.</summary>
    public bool IncludeZero { get; init; }

    /// <summary>Replaces the legend built from the series and band.</summary>
    public IReadOnlyList<LegendEntry>? Legend { get; init; }

    /// <summary>Text shown when there is no value to draw.</summary>
    public string EmptyText { get; init; } = "Nothing to show yet.";
}
