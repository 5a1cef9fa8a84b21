namespace RunStrong.Web.Charts;

/// <summary>
/// Colours checked against white: text colours reach 4.5:1 (WCAG AA), graphic colours at least 3:1.
/// The page stylesheet may override them through the class names.
/// </summary>
public static class ChartColors
{
    /// <summary>Body text, 14.7:1.</summary>
    public const string Text = "#1f2937";

    /// <summary>Axis labels and axis lines, 7.6:1.</summary>
    public const string Muted = "#4b5563";

    /// <summary>Grid lines: decorative, kept faint on purpose.</summary>
    public const string Grid = "#e5e7eb";

    /// <summary>Blue, 6.7:1.</summary>
    public const string Blue = "#1d4ed8";

    /// <summary>Orange, 5.2:1.</summary>
    public const string Orange = "#c2410c";

    /// <summary>Green, 5.0:1.</summary>
    public const string Green = "#15803d";

    /// <summary>Purple, 6.9:1.</summary>
    public const string Purple = "#7e22ce";

    /// <summary>Red, 6.5:1.</summary>
    public const string Red = "#b91c1c";

    /// <summary>Neutral grey for connecting lines, 4.8:1.</summary>
    public const string Grey = "#6b7280";

    /// <summary>Fill of a target band; its edges carry the contrast.</summary>
    public const string BandFill = "#dcfce7";
}
