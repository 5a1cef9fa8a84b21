namespace RunStrong.Web.Charts;

/// <summary>Everything <see cref="BarChart.Render"/> draws.</summary>
/// <param name="Id">Unique id on the page (letters, digits, '-' and '_', starting with a letter).</param>
/// <param name="Title">Short name of the chart.</param>
/// <param name="Description">The chart's message in words.</param>
/// <param name="SeriesName">Legend text of the bars.</param>
/// <param name="Bars">The bars, left to right.</param>
public sealed record BarChartSpec(string Id, string Title, string Description, string SeriesName, IReadOnlyList<BarDatum> Bars)
{
    /// <summary>Unit shown above the left axis.</summary>
    public string? Unit { get; init; }

    /// <summary>Bar colour.</summary>
    public string Color { get; init; } = ChartColors.Blue;

    /// <summary>Legend text of the second values; without it they are not drawn.</summary>
    public string? SecondaryName { get; init; }

    /// <summary>Unit shown above the right axis.</summary>
    public string? SecondaryUnit { get; init; }

    /// <summary>Colour of the second values' markers.</summary>
    public string SecondaryColor { get; init; } = ChartColors.Orange;

    /// <summary>Shape of the second values' markers.</summary>
    public MarkerShape SecondaryMarker { get; init; } = MarkerShape.Diamond;

    /// <summary>Keeps the right-hand scale on whole numbers (counts).</summary>
    public bool SecondaryWholeNumbers { get; init; } = true;

    /// <summary>Text shown when there is no bar to draw.</summary>
    public string EmptyText { get; init; } = "Nothing to show yet.";
}
