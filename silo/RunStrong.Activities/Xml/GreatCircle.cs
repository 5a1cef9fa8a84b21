namespace RunStrong.Activities.Xml;

/// <summary>Distance between two GPS positions on a sphere: what GPX files (positions only) are measured by.</summary>
internal static class GreatCircle
{
    /// <summary>The mean Earth radius (IUGG R1, 6,371,008.8 m), as the reference lengths of the test files use.</summary>
    public const double EarthRadiusM = 6_371_008.8;

    private const double Radians = Math.PI / 180;

    /// <summary>The haversine formula: accurate to about 0.5 % against the ellipsoid, and stable for the few metres between samples.</summary>
    public static double DistanceM(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var sinLatitude = Math.Sin((latitude2 - latitude1) * Radians / 2);
        var sinLongitude = Math.Sin((longitude2 - longitude1) * Radians / 2);
        var a = (sinLatitude * sinLatitude)
            + (Math.Cos(latitude1 * Radians) * Math.Cos(latitude2 * Radians) * sinLongitude * sinLongitude);
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
