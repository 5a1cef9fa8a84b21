using System.Xml;
using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>
/// Reads the tracks of a GPX 1.0 or 1.1 file in one streaming pass: distance from positions (haversine, within each
/// segment), times and heart rate (Garmin's TrackPointExtension v1/v2, ClueTrust's gpxdata) folded into a
/// <see cref="SampleSeries"/>. GPX states no laps and no totals. Bad input throws <see cref="ActivityFileException"/>.
/// </summary>
public static class GpxActivityReader
{
    public static ActivityRecording Read(Stream file)
    {
        using var reader = ActivityXmlInput.Open(file);
        try
        {
            return new GpxParser(reader).Parse();
        }
        catch (XmlException error)
        {
            throw ActivityXmlInput.Refusal(error);
        }
    }
}
