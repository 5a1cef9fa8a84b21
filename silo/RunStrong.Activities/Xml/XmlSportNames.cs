namespace RunStrong.Activities.Xml;

/// <summary>
/// TCX and GPX sport names mapped to FIT's lower-camel sport names, which derivation understands. Only names whose
/// meaning is documented or unmistakable are mapped; anything else is "generic" and derivation decides by pace.
/// </summary>
internal static class XmlSportNames
{
    public const string Generic = "generic";
    public const string Running = "running";

    /// <summary>TCX's <c>Sport</c> attribute: the schema allows exactly Running, Biking and Other.</summary>
    public static string FromTcx(string? sport) => sport?.Trim() switch
    {
        "Running" => Running,
        "Biking" => "cycling",
        _ => Generic,
    };

    /// <summary>
    /// A GPX track's free-text <c>type</c>. Garmin Connect exports FIT's own names ("running", "trail_running",
    /// "cycling"); Strava and others write "Run", "Ride", "Walk", "Hike". A GPX file without a type is running
    /// (RunStrong is a running platform and most GPX uploads are runs from phone apps). Numeric types (Strava's
    /// older exports) are not documented anywhere, so they stay generic.
    /// </summary>
    public static (string Sport, string? SubSport) FromGpx(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return (Running, null);
        }

        return type.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_') switch
        {
            "running" or "run" or "street_running" or "road_running" => (Running, null),
            "trail_running" or "trail_run" or "trailrun" => (Running, "trail"),
            "treadmill_running" or "treadmill" => (Running, "treadmill"),
            "track_running" => (Running, "track"),
            "virtual_run" or "virtualrun" => (Running, "virtualActivity"),
            "cycling" or "biking" or "ride" or "road_biking" or "mountain_biking" or "gravel_cycling" => ("cycling", null),
            "walking" or "walk" => ("walking", null),
            "hiking" or "hike" => ("hiking", null),
            "swimming" or "swim" or "open_water_swimming" => ("swimming", null),
            _ => (Generic, null),
        };
    }
}
