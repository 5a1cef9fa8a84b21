namespace RunStrong.Activities.Xml;

/// <summary>The GPX elements the reader acts on; everything else is <see cref="Other"/>.</summary>
internal enum GpxTag
{
    Other,
    Gpx,
    Trk,
    Trkseg,
    Trkpt,
    Time,
    Type,
    HeartRate,
    Rte,
    Wpt,
}
