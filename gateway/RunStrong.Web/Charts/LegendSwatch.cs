namespace RunStrong.Web.Charts;

/// <summary>How a legend entry draws its sample.</summary>
public enum LegendSwatch
{
    /// <summary>A short line with a marker in the middle.</summary>
    Line,

    /// <summary>A marker alone.</summary>
    Marker,

    /// <summary>A filled rectangle (bars, bands).</summary>
    Box,
}
