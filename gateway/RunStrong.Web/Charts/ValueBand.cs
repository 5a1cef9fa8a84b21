namespace RunStrong.Web.Charts;

/// <summary>A shaded horizontal band, such as a target range.</summary>
/// <param name="Low">Lower edge, in y-axis units.</param>
/// <param name="High">Upper edge, in y-axis units.</param>
/// <param name="Label">Legend text and the band's title.</param>
public sealed record ValueBand(double Low, double High, string Label);
