using System.Text;
using RunStrong.Activities.Derivation;
using RunStrong.Activities.Xml;
using Xunit;
using static RunStrong.Activities.Tests.Xml.XmlText;

namespace RunStrong.Activities.Tests.Xml;

public sealed class GpxReaderTests
{
    // 0.0001 degree of latitude on the 6,371,008.8 m sphere.
    private const double MetresPerStep = 11.119508;

    [Theory]
    [InlineData("http://www.topografix.com/GPX/1/0", "1.0")]
    [InlineData("http://www.topografix.com/GPX/1/1", "1.1")]
    [InlineData("", "1.1")]
    public void Gpx_1_0_1_1_and_unnamespaced_tracks_are_read(string ns, string version)
    {
        var text = Gpx(Track(Segment(Start, 121, 5)), ns, version);

        var recording = GpxActivityReader.Read(Stream(text));

        Assert.Equal(ActivityFormat.Gpx, recording.Format);
        Assert.Equal(121, recording.Samples.Count);
        Assert.Equal(120 * MetresPerStep, recording.Samples.DistanceM, 1);
        Assert.Equal(600, recording.Samples.ElapsedSeconds);
        Assert.Equal(Start, recording.Samples.First);
    }

    [Theory]
    [InlineData("http://www.garmin.com/xmlschemas/TrackPointExtension/v1", true)]
    [InlineData("http://www.garmin.com/xmlschemas/TrackPointExtension/v2", true)]
    [InlineData("http://www.cluetrust.com/XML/GPXDATA/1/0", false)]
    [InlineData("https://example.com/not-heart-rate", true)]
    public void Heart_rate_is_read_from_garmin_and_gpxdata_extensions(string ns, bool wrapped)
    {
        var known = !ns.Contains("example", StringComparison.Ordinal);
        var points = new StringBuilder();
        for (var i = 0; i < 61; i++)
        {
            var hr = $"<x:hr>{140 + (i % 2 * 10)}</x:hr>";
            points.Append($"<trkpt lat=\"{Number(45 + (i * 0.0001))}\" lon=\"14\"><ele>300</ele><time>{Iso(Start.AddSeconds(i * 2))}</time><extensions>{(wrapped ? $"<x:TrackPointExtension>{hr}</x:TrackPointExtension>" : hr)}</extensions></trkpt>");
        }

        var text = Gpx(Track($"<trkseg>{points}</trkseg>"), extraNamespace: $" xmlns:x=\"{ns}\"");

        var samples = GpxActivityReader.Read(Stream(text)).Samples;

        Assert.Equal(known ? 150 : (int?)null, samples.MaxHeartRate);
        Assert.Equal(known ? 145.0 : (double?)null, samples.AvgHeartRate is { } average ? Math.Round(average) : (double?)null);
    }

    [Fact]
    public void Distance_does_not_bridge_the_gap_between_segments_or_tracks()
    {
        var farAway = Segment(Start.AddMinutes(20), 61, 5, latitude: 46);
        var text = Gpx(Track(Segment(Start, 61, 5) + farAway) + Track(Segment(Start.AddMinutes(40), 61, 5, latitude: 47)));

        var recording = GpxActivityReader.Read(Stream(text));

        Assert.Equal(3 * 60 * MetresPerStep, recording.Samples.DistanceM, 1);
        Assert.Equal(40 * 60 + 300, recording.Samples.ElapsedSeconds);
    }

    [Theory]
    [InlineData(null, "running", ActivityLoggedAs.Run)]
    [InlineData("running", "running", ActivityLoggedAs.Run)]
    [InlineData("Run", "running", ActivityLoggedAs.Run)]
    [InlineData("trail_running", "running", ActivityLoggedAs.Run)]
    [InlineData("Ride", "cycling", ActivityLoggedAs.CrossTraining)]
    [InlineData("cycling", "cycling", ActivityLoggedAs.CrossTraining)]
    [InlineData("Walk", "walking", ActivityLoggedAs.CrossTraining)]
    [InlineData("hiking", "hiking", ActivityLoggedAs.CrossTraining)]
    [InlineData("9", "generic", ActivityLoggedAs.Run)]
    public void The_track_type_names_the_sport(string? type, string sport, ActivityLoggedAs loggedAs)
    {
        // 11.1 m per 5 s is 8 km/h: a running speed, so a generic activity is logged as a run.
        var text = Gpx(Track(Segment(Start, 121, 5), type));

        var recording = GpxActivityReader.Read(Stream(text));

        Assert.Equal(sport, recording.Sport);
        Assert.Equal(loggedAs, ActivityDerivation.Derive(recording, AthleteContext.Unknown).LoggedAs);
    }

    [Fact]
    public void A_type_inside_a_point_or_a_link_is_not_the_tracks()
    {
        var text = Gpx("<trk><link href=\"x\"><type>cycling</type></link><trkseg>" + Segment(Start, 121, 5).Replace("<trkseg>", string.Empty, StringComparison.Ordinal) + "</trk>");

        Assert.Equal("running", GpxActivityReader.Read(Stream(text)).Sport);
    }

    [Fact]
    public void Times_without_a_zone_are_utc_and_offsets_are_honoured()
    {
        var text = Gpx(Track(Segment(Start, 61, 5)))
            .Replace(Iso(Start), "2026-11-29T09:00:00+02:00", StringComparison.Ordinal)
            .Replace("Z</time>", "</time>", StringComparison.Ordinal);

        var samples = GpxActivityReader.Read(Stream(text)).Samples;

        Assert.Equal(Start, samples.First);
        Assert.Equal(Start.AddSeconds(300), samples.Last);
    }

    [Theory]
    [InlineData("<rte><rtept lat=\"45\" lon=\"14\"/><rtept lat=\"45.1\" lon=\"14\"/></rte>", "route")]
    [InlineData("<wpt lat=\"45\" lon=\"14\"><time>2026-11-29T07:00:00Z</time></wpt>", "waypoints")]
    [InlineData("<trk><trkseg><trkpt lat=\"45\" lon=\"14\"/><trkpt lat=\"45.1\" lon=\"14\"/></trkseg></trk>", "no times")]
    [InlineData("<trk><trkseg><trkpt lat=\"45\" lon=\"14\"><time>2026-11-29T07:00:00Z</time></trkpt><trkpt lat=\"45.001\" lon=\"14\"><time>2026-11-29T07:00:59Z</time></trkpt></trkseg></trk>", "at least a minute")]
    [InlineData("", "no track")]
    public void Files_without_a_timed_track_of_a_minute_are_refused_saying_so(string body, string why)
    {
        var refusal = Assert.Throws<ActivityFileException>(() => GpxActivityReader.Read(Stream(Gpx(body))));

        Assert.Equal(ActivityFileProblem.NoTimedTrack, refusal.Problem);
        Assert.Contains(why, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<trkpt lat=\"95\" lon=\"14\"><time>2026-11-29T07:10:00Z</time></trkpt>", "trkpt lat")]
    [InlineData("<trkpt lat=\"45\" lon=\"east\"><time>2026-11-29T07:10:00Z</time></trkpt>", "trkpt lon")]
    [InlineData("<trkpt lon=\"14\"><time>2026-11-29T07:10:00Z</time></trkpt>", "trkpt lat")]
    [InlineData("<trkpt lat=\"45\" lon=\"14\"><time>07:10</time></trkpt>", "time")]
    public void Invalid_coordinates_and_times_are_malformed_naming_the_element_and_line(string point, string element)
    {
        var text = Gpx(Track(Segment(Start, 61, 5).Replace("</trkseg>", point + "</trkseg>", StringComparison.Ordinal)));

        var refusal = Assert.Throws<ActivityFileException>(() => GpxActivityReader.Read(Stream(text)));

        Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        Assert.Contains($"<{element}>", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("(line ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_read()
    {
        var recording = GpxActivityReader.Read(Stream(Gpx(Track(Segment(Start, 61, 5))), byteOrderMark: true));

        Assert.Equal(61, recording.Samples.Count);
    }

    [Fact]
    public void A_tcx_file_is_not_gpx()
    {
        var refusal = Assert.Throws<ActivityFileException>(() => GpxActivityReader.Read(Stream("<TrainingCenterDatabase/>")));

        Assert.Equal(ActivityFileProblem.UnknownFormat, refusal.Problem);
    }

    internal static string Gpx(string body, string ns = "http://www.topografix.com/GPX/1/1", string version = "1.1", string extraNamespace = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"{version}\" creator=\"tests\"{(ns.Length > 0 ? $" xmlns=\"{ns}\"" : string.Empty)}{extraNamespace}>\n{body}\n</gpx>";

    internal static string Track(string segments, string? type = null) =>
        "<trk><name>Morning run</name>" + (type is null ? string.Empty : $"<type>{type}</type>") + segments + "</trk>";

    /// <summary>Points heading north 0.0001 degree (11.12 m) apart.</summary>
    internal static string Segment(DateTimeOffset start, int count, double everySeconds, double latitude = 45)
    {
        var text = new StringBuilder("<trkseg>");
        for (var i = 0; i < count; i++)
        {
            text.Append($"<trkpt lat=\"{Number(latitude + (i * 0.0001))}\" lon=\"14.5\">\n<ele>300</ele>\n<time>{Iso(start.AddSeconds(i * everySeconds))}</time>\n</trkpt>\n");
        }

        return text.Append("</trkseg>").ToString();
    }
}
