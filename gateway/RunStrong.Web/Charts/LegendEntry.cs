namespace RunStrong.Web.Charts;

/// <summary>One entry of a chart legend.</summary>
/// <param name="Label">Text of the entry.</param>
/// <param name="Color">Colour of the sample.</param>
/// <param name="Swatch">What the sample looks like.</param>
/// <param name="Marker">Marker drawn by <see cref="LegendSwatch.Line"/> and <see cref="LegendSwatch.Marker"/> samples.</param>
/// <param name="Dash">Dash pattern of a <see cref="LegendSwatch.Line"/> sample.</param>
/// <param name="Stroke">Outline colour of a <see cref="LegendSwatch.Box"/> sample.</param>
public sealed record LegendEntry(
    string Label,
    string Color,
    LegendSwatch Swatch,
    MarkerShape Marker = MarkerShape.Circle,
    string? Dash = null,
    string? Stroke = null);
