using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RunStrong.Activities;
using RunStrong.Activities.Derivation;
using RunStrong.Activities.Recording;
using RunStrong.Activities.Xml;

namespace RunStrong.Benchmarks.Micro;

/// <summary>
/// Reading a 3-hour run recorded every second (10,800 points with position, elevation, heart rate) as GPX 1.1 with
/// Garmin's TrackPointExtension (about 2.4 MB) and as TCX with three laps and distance per trackpoint (about 4.6 MB),
/// both generated in memory; and deriving the summary (kind detection included) from the GPX recording. Target:
/// 30 MB/s or more for each reader.
/// </summary>
[MemoryDiagnoser]
public class XmlActivityReadingBenchmarks
{
    private const int Points = 3 * 3600;
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);
    private byte[] gpx = [];
    private byte[] tcx = [];
    private ActivityRecording gpxRecording = null!;

    [GlobalSetup]
    public void Setup()
    {
        gpx = Encoding.UTF8.GetBytes(Gpx());
        tcx = Encoding.UTF8.GetBytes(Tcx());
        gpxRecording = ReadGpx();
        Console.WriteLine(FormattableString.Invariant($"// GPX {gpx.Length:N0} bytes, TCX {tcx.Length:N0} bytes"));
    }

    [Benchmark]
    public ActivityRecording ReadGpx() => GpxActivityReader.Read(new MemoryStream(gpx, writable: false));

    [Benchmark]
    public ActivityRecording ReadTcx() => TcxActivityReader.Read(new MemoryStream(tcx, writable: false));

    [Benchmark]
    public ActivitySummary DeriveFromGpx() => ActivityDerivation.Derive(gpxRecording, AthleteContext.Unknown);

    /// <summary>A run heading north-east at about 3 m/s with 6 faster kilometres in the middle, heart rate following.</summary>
    private static IEnumerable<(DateTimeOffset Time, double Latitude, double Longitude, double Elevation, double Distance, int HeartRate)> Track()
    {
        double latitude = 45.0, longitude = 14.0, distance = 0;
        for (var s = 0; s < Points; s++)
        {
            var hard = s is > 4000 and < 6000 && s / 240 % 2 == 0;
            var speed = hard ? 4.2 : 2.9;
            latitude += speed * 0.7 / 111_195;
            longitude += speed * 0.7 / (111_195 * Math.Cos(latitude * Math.PI / 180));
            distance += speed;
            yield return (Start.AddSeconds(s), latitude, longitude, 300 + (20 * Math.Sin(s / 600.0)), distance, hard ? 172 : 145);
        }
    }

    private static string Gpx()
    {
        var text = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="benchmark" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
             <metadata><time>2026-11-29T07:00:00Z</time></metadata>
             <trk><name>Long run</name><type>running</type><trkseg>

            """);
        foreach (var (time, latitude, longitude, elevation, _, heartRate) in Track())
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                   <trkpt lat="{latitude:0.0000000}" lon="{longitude:0.0000000}">
                    <ele>{elevation:0.0}</ele>
                    <time>{time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</time>
                    <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{heartRate}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>
                   </trkpt>

                """);
        }

        return text.Append("  </trkseg></trk>\n</gpx>\n").ToString();
    }

    private static string Tcx()
    {
        var text = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
             <Activities>
              <Activity Sport="Running">
               <Id>2026-11-29T07:00:00Z</Id>

            """);
        var lapLength = Points / 3;
        var point = 0;
        foreach (var (time, latitude, longitude, elevation, distance, heartRate) in Track())
        {
            if (point++ % lapLength == 0)
            {
                text.Append(point > 1 ? "    </Track>\n   </Lap>\n" : string.Empty);
                text.Append(CultureInfo.InvariantCulture, $"""
                       <Lap StartTime="{time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}">
                        <TotalTimeSeconds>{lapLength}</TotalTimeSeconds>
                        <DistanceMeters>{lapLength * 3.1:0.0}</DistanceMeters>
                        <Calories>700</Calories>
                        <AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm>
                        <Intensity>Active</Intensity>
                        <TriggerMethod>Manual</TriggerMethod>
                        <Track>

                    """);
            }

            text.Append(CultureInfo.InvariantCulture, $"""
                       <Trackpoint>
                        <Time>{time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</Time>
                        <Position><LatitudeDegrees>{latitude:0.0000000}</LatitudeDegrees><LongitudeDegrees>{longitude:0.0000000}</LongitudeDegrees></Position>
                        <AltitudeMeters>{elevation:0.0}</AltitudeMeters>
                        <DistanceMeters>{distance:0.0}</DistanceMeters>
                        <HeartRateBpm><Value>{heartRate}</Value></HeartRateBpm>
                        <Extensions><ns3:TPX><ns3:Speed>{(heartRate > 150 ? 4.2 : 2.9):0.0}</ns3:Speed></ns3:TPX></Extensions>
                       </Trackpoint>

                """);
        }

        return text.Append("    </Track>\n   </Lap>\n  </Activity>\n </Activities>\n</TrainingCenterDatabase>\n").ToString();
    }
}
