namespace RunStrong.Web.Charts;

/// <summary>A named series of points drawn as a line with a marker on each reading.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Color">Stroke and marker colour (see <see cref="ChartColors"/>).</param>
/// <param name="Points">Readings in ascending x order.</param>
/// <param name="Marker">Marker shape for every point that does not choose its own.</param>
/// <param name="Dash">Stroke dash pattern (the SVG stroke-dasharray value), so lines differ by more than colour.</param>
public sealed record LineSeries(
    string Name,
    string Color,
    IReadOnlyList<LinePoint> Points,
    MarkerShape Marker = MarkerShape.Circle,
    string? Dash = null);
