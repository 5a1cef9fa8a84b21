namespace RunStrong.Web.Charts;

/// <summary>One bar, with an optional second value drawn as a marker on the right-hand scale.</summary>
/// <param name="Label">Text under the bar.</param>
/// <param name="Value">Height of the bar.</param>
/// <param name="Title">Words for the bar's tooltip and screen readers.</param>
/// <param name="Secondary">Second value for this bar, or null for none.</param>
/// <param name="SecondaryTitle">Words for the second value's marker.</param>
public sealed record BarDatum(string Label, double Value, string Title, double? Secondary = null, string? SecondaryTitle = null);
