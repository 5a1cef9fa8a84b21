namespace RunStrong.Web.Charts;

/// <summary>A labelled position on the x axis.</summary>
/// <param name="Value">Position in x-axis units.</param>
/// <param name="Label">Text shown under the axis.</param>
public sealed record AxisTick(double Value, string Label);
