using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace RunStrong.Testing;

/// <summary>
/// Activity files made to measure for route tests: a GPX 1.1 track with times and Garmin TrackPointExtension heart
/// rate, starting when a test needs (real device files carry fixed, often years-old dates). Points every 5 s heading
/// due north at a steady speed, so its length is speed x duration.
/// </summary>
public static class ActivityFileSamples
{
    /// <summary>One degree of latitude on the 6,371,008.8 m sphere GPX lengths are measured on.</summary>
    private const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;

    public static byte[] RunGpx(DateTimeOffset start, TimeSpan duration, double metresPerSecond = 3.0, int heartRate = 140) =>
        Gpx(start, [(duration, metresPerSecond, heartRate)]);

    /// <summary>A steady ride (GPX track type "cycling").</summary>
    public static byte[] RideGpx(DateTimeOffset start, TimeSpan duration, double metresPerSecond = 7.0, int heartRate = 125) =>
        Gpx(start, [(duration, metresPerSecond, heartRate)], "cycling");

    /// <summary>
    /// A structured interval session: 10 min warm-up jog, 6 x (3 min hard at 4.3 m/s, HR 172 + 2 min recovery jog at
    /// 2.4 m/s, HR 138), 10 min cool-down.
    /// </summary>
    public static byte[] IntervalGpx(DateTimeOffset start)
    {
        var segments = new List<(TimeSpan, double, int)> { (TimeSpan.FromMinutes(10), 2.8, 135) };
        for (var repeat = 0; repeat < 6; repeat++)
        {
            segments.Add((TimeSpan.FromMinutes(3), 4.3, 172));
            segments.Add((TimeSpan.FromMinutes(2), 2.4, 138));
        }

        segments.Add((TimeSpan.FromMinutes(10), 2.7, 130));
        return Gpx(start, segments);
    }

    /// <summary>A track of consecutive stretches, each at its own speed and heart rate.</summary>
    public static byte[] Gpx(DateTimeOffset start, IReadOnlyList<(TimeSpan Duration, double MetresPerSecond, int HeartRate)> segments, string type = "running")
    {
        var gpx = new StringBuilder();
        gpx.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append("<gpx version=\"1.1\" creator=\"RunStrong tests\" xmlns=\"http://www.topografix.com/GPX/1/1\" ")
            .Append("xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<trk><name>Activity</name><type>{type}</type><trkseg>\n");
        var seconds = 0;
        var metres = 0.0;
        AppendPoint(gpx, start, seconds, metres, segments[0].HeartRate);
        foreach (var (duration, speed, heartRate) in segments)
        {
            for (var t = 5; t <= duration.TotalSeconds; t += 5)
            {
                seconds += 5;
                metres += 5 * speed;
                AppendPoint(gpx, start, seconds, metres, heartRate);
            }
        }

        gpx.Append("</trkseg></trk></gpx>\n");
        return Encoding.UTF8.GetBytes(gpx.ToString());
    }

    private static void AppendPoint(StringBuilder gpx, DateTimeOffset start, int seconds, double metres, int heartRate)
    {
        var lat = 46.0 + (metres / MetresPerDegree);
        var time = start.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        gpx.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"{lat:F7}\" lon=\"14.0000000\"><time>{time}</time>")
            .Append(CultureInfo.InvariantCulture, $"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{heartRate}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\n");
    }

    public static byte[] Gzip(byte[] content)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return packed.ToArray();
    }
}
