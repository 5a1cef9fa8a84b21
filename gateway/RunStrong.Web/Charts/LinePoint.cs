namespace RunStrong.Web.Charts;

/// <summary>One reading on a line series.</summary>
/// <param name="X">Position along the x axis (for dates, <see cref="DateOnly.DayNumber"/>).</param>
/// <param name="Y">The value, or null where nothing was recorded: the line breaks there instead of dropping to zero.</param>
/// <param name="Title">Words for the point's tooltip and screen readers, e.g. "Mon 2 Nov 2026: 142 g".</param>
/// <param name="Marker">Overrides the series marker for this point.</param>
/// <param name="Color">Overrides the series colour for this point's marker.</param>
public sealed record LinePoint(double X, double? Y, string Title, MarkerShape? Marker = null, string? Color = null);
