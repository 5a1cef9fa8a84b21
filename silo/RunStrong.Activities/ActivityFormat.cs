namespace RunStrong.Activities;

/// <summary>The file formats activities arrive in.</summary>
public enum ActivityFormat
{
    /// <summary>Garmin's Flexible and Interoperable Data Transfer protocol: what watches record natively.</summary>
    Fit,

    /// <summary>Garmin's Training Center XML.</summary>
    Tcx,

    /// <summary>The GPS Exchange Format, 1.0 or 1.1.</summary>
    Gpx,
}
