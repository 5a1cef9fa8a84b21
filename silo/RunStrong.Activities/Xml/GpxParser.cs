using System.Globalization;
using System.Xml;
using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>
/// The GPX reader's single pass. Every track segment's points add their haversine distance to one cumulative
/// distance (a gap between segments, where the recording was paused, adds nothing); each timed point becomes a
/// sample. Routes and waypoints are counted only to say why a file without a timed track is refused.
/// </summary>
internal sealed class GpxParser(XmlReader reader)
{
    private const string Gpx11 = "http://www.topografix.com/GPX/1/1";
    private const string Gpx10 = "http://www.topografix.com/GPX/1/0";
    private const string TrackPointExtensionV1 = "http://www.garmin.com/xmlschemas/TrackPointExtension/v1";
    private const string TrackPointExtensionV2 = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2";
    private const string ClueTrustGpxData = "http://www.cluetrust.com/XML/GPXDATA/1/0";

    /// <summary>Shorter than this is not a recording worth logging (ActivityFileProblem.NoTimedTrack).</summary>
    private const double MinRecordingSeconds = 60;

    private readonly TagStack<GpxTag> open = new();
    private readonly SampleSeries samples = new();

    private string? trackType;
    private int trackPoints, timedPoints, routeAndWayPoints;
    private double distance;
    private double? lastLatitude, lastLongitude;

    // The point being read.
    private double pointLatitude, pointLongitude;
    private DateTimeOffset? pointTime;
    private int? pointHeartRate;

    public ActivityRecording Parse()
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "gpx")
        {
            throw new ActivityFileException(
                ActivityFileProblem.UnknownFormat,
                $"Not a GPX file: it starts with <{reader.LocalName}>, not <gpx>.");
        }

        do
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    StartElement();
                    break;
                case XmlNodeType.EndElement:
                    EndElement(open.Pop());
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    Text(reader.Value);
                    break;
            }
        }
        while (reader.Read());

        return Finish();
    }

    private void StartElement()
    {
        var tag = Classify();
        switch (tag)
        {
            case GpxTag.Trkseg:
                (lastLatitude, lastLongitude) = (null, null);
                break;
            case GpxTag.Trkpt when open.Top == GpxTag.Trkseg:
                pointLatitude = Coordinate("lat", 90);
                pointLongitude = Coordinate("lon", 180);
                (pointTime, pointHeartRate) = (null, null);
                break;
            case GpxTag.Trkpt:
                tag = GpxTag.Other; // a trkpt outside a segment is not part of a track
                break;
            case GpxTag.Wpt or GpxTag.Rte:
                routeAndWayPoints++;
                break;
        }

        if (reader.IsEmptyElement)
        {
            EndElement(tag);
        }
        else if (!open.TryPush(tag))
        {
            throw ActivityXmlInput.InvalidValue(reader, reader.LocalName, "(nested too deep)");
        }
    }

    private void EndElement(GpxTag tag)
    {
        if (tag != GpxTag.Trkpt)
        {
            return;
        }

        trackPoints++;
        if (lastLatitude is { } latitude && lastLongitude is { } longitude)
        {
            distance += GreatCircle.DistanceM(latitude, longitude, pointLatitude, pointLongitude);
        }

        (lastLatitude, lastLongitude) = (pointLatitude, pointLongitude);
        if (pointTime is { } time)
        {
            timedPoints++;
            samples.Add(new ActivitySample(time, distance, null, pointHeartRate));
        }
    }

    private void Text(string text)
    {
        switch (open.Top)
        {
            case GpxTag.Time when open.Parent == GpxTag.Trkpt:
                pointTime = ActivityXmlInput.Time(reader, "time", text);
                break;
            case GpxTag.Type when open.Parent == GpxTag.Trk:
                trackType ??= text;
                break;
            case GpxTag.HeartRate:
                pointHeartRate = ActivityXmlInput.HeartRate(reader, "hr", text);
                break;
        }
    }

    private ActivityRecording Finish()
    {
        if (trackPoints == 0)
        {
            throw new ActivityFileException(
                ActivityFileProblem.NoTimedTrack,
                routeAndWayPoints > 0
                    ? "This GPX file holds only a route or waypoints, not a recorded track."
                    : "This GPX file holds no track.");
        }

        if (timedPoints == 0)
        {
            throw new ActivityFileException(
                ActivityFileProblem.NoTimedTrack,
                string.Create(CultureInfo.InvariantCulture, $"This GPX track has {trackPoints} points but no times: it is a planned route, not a recording."));
        }

        if (samples.ElapsedSeconds < MinRecordingSeconds)
        {
            throw new ActivityFileException(
                ActivityFileProblem.NoTimedTrack,
                timedPoints < trackPoints
                    ? string.Create(CultureInfo.InvariantCulture, $"This GPX track has times on only {timedPoints} of its {trackPoints} points, covering {samples.ElapsedSeconds:0} s; a recording must last at least a minute.")
                    : string.Create(CultureInfo.InvariantCulture, $"This GPX track covers {samples.ElapsedSeconds:0} s; a recording must last at least a minute."));
        }

        var (sport, subSport) = XmlSportNames.FromGpx(trackType);
        return new ActivityRecording
        {
            Format = ActivityFormat.Gpx,
            Sport = sport,
            SubSport = subSport,
            Laps = [],
            Samples = samples,
        };
    }

    private GpxTag Classify()
    {
        var ns = reader.NamespaceURI;
        if (ns is TrackPointExtensionV1 or TrackPointExtensionV2 or ClueTrustGpxData)
        {
            return reader.LocalName == "hr" && open.Depth > 0 && InPoint() ? GpxTag.HeartRate : GpxTag.Other;
        }

        if (ns is not (Gpx11 or Gpx10 or ""))
        {
            return GpxTag.Other;
        }

        return reader.LocalName switch
        {
            "gpx" => GpxTag.Gpx,
            "trk" => GpxTag.Trk,
            "trkseg" => GpxTag.Trkseg,
            "trkpt" => GpxTag.Trkpt,
            "time" => GpxTag.Time,
            "type" => GpxTag.Type,
            "rte" => GpxTag.Rte,
            "wpt" => GpxTag.Wpt,
            _ => GpxTag.Other,
        };
    }

    /// <summary>Heart rate counts inside a track point's extensions: trkpt/extensions/TrackPointExtension/hr, or trkpt/extensions/hr.</summary>
    private bool InPoint() => open.Parent == GpxTag.Trkpt || open.Grandparent == GpxTag.Trkpt;

    private double Coordinate(string attribute, double limit)
    {
        var text = reader.GetAttribute(attribute) ?? throw ActivityXmlInput.InvalidValue(reader, "trkpt " + attribute, "(missing)");
        var value = ActivityXmlInput.Number(reader, "trkpt " + attribute, text);
        return Math.Abs(value) <= limit ? value : throw ActivityXmlInput.InvalidValue(reader, "trkpt " + attribute, text);
    }
}
