using System.Text;
using RunStrong.Activities.Derivation;
using RunStrong.Activities.Recording;
using RunStrong.Activities.Xml;
using Xunit;
using static RunStrong.Activities.Tests.Xml.XmlText;

namespace RunStrong.Activities.Tests.Xml;

public sealed class TcxReaderTests
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
        """;

    [Theory]
    [InlineData("Running", "running", ActivityLoggedAs.Run)]
    [InlineData("Biking", "cycling", ActivityLoggedAs.CrossTraining)]
    public void The_sport_attribute_maps_to_fit_names(string tcxSport, string sport, ActivityLoggedAs loggedAs)
    {
        var recording = TcxActivityReader.Read(Stream(Activity(tcxSport, Lap(Start, 600, 2000, Points(Start, 121, 5, 3.3)))));
        var summary = ActivityDerivation.Derive(recording, AthleteContext.Unknown);

        Assert.Equal(sport, recording.Sport);
        Assert.Equal(loggedAs, summary.LoggedAs);
    }

    [Fact]
    public void Other_is_generic_and_a_running_speed_makes_it_a_run()
    {
        var running = TcxActivityReader.Read(Stream(Activity("Other", Lap(Start, 600, 2000, Points(Start, 121, 5, 3.3)))));
        var walking = TcxActivityReader.Read(Stream(Activity("Other", Lap(Start, 600, 800, Points(Start, 121, 5, 1.3)))));

        Assert.Equal("generic", running.Sport);
        Assert.Equal(ActivityLoggedAs.Run, ActivityDerivation.Derive(running, AthleteContext.Unknown).LoggedAs);
        Assert.Equal(ActivityLoggedAs.CrossTraining, ActivityDerivation.Derive(walking, AthleteContext.Unknown).LoggedAs);
    }

    [Fact]
    public void Laps_carry_time_distance_heart_rate_calories_and_intensity()
    {
        var laps = Lap(Start, 300, 1000, Points(Start, 61, 5, 3.3), avgHr: 150, maxHr: 171, calories: 80, intensity: "Active")
            + Lap(Start.AddSeconds(300), 120, 200, Points(Start.AddSeconds(300), 25, 5, 1.6), intensity: "Resting");
        var recording = TcxActivityReader.Read(Stream(Activity("Running", laps)));

        var first = recording.Laps[0];
        Assert.Equal(2, recording.Laps.Count);
        Assert.Equal(Start, first.StartedAt);
        Assert.Equal(300, first.TimerS);
        Assert.Equal(1000, first.DistanceM);
        Assert.Equal(150, first.AvgHeartRate);
        Assert.Equal(171, first.MaxHeartRate);
        Assert.Equal(80, first.EnergyKcal);
        Assert.Equal(LapIntensity.Active, first.Intensity);
        Assert.Equal(LapIntensity.Rest, recording.Laps[1].Intensity);
        Assert.Equal(80, ActivityDerivation.Derive(recording, AthleteContext.Unknown).EnergyKcal);
    }

    [Fact]
    public void Trackpoints_fill_the_sample_series()
    {
        var recording = TcxActivityReader.Read(Stream(Activity("Running", Lap(Start, 600, 2000, Points(Start, 121, 5, 3.3, heartRate: 140)))));

        Assert.Equal(121, recording.Samples.Count);
        Assert.Equal(600, recording.Samples.ElapsedSeconds, 3);
        Assert.Equal(600 * 3.3, recording.Samples.DistanceM, 3);
        Assert.Equal(140, recording.Samples.AvgHeartRate!.Value, 3);
    }

    [Fact]
    public void Speed_from_the_activity_extension_gives_distance_without_DistanceMeters()
    {
        var points = new StringBuilder();
        for (var i = 0; i <= 60; i++)
        {
            points.Append($"<Trackpoint><Time>{Iso(Start.AddSeconds(i * 2))}</Time><Extensions><ns3:TPX><ns3:Speed>3.0</ns3:Speed></ns3:TPX></Extensions></Trackpoint>");
        }

        var recording = TcxActivityReader.Read(Stream(Activity("Running", Lap(Start, 120, null, points.ToString()))));

        Assert.Equal(360, recording.Samples.DistanceM, 3);
    }

    [Fact]
    public void Positions_give_distance_when_trackpoints_state_none()
    {
        var points = new StringBuilder();
        for (var i = 0; i <= 60; i++)
        {
            // 0.0001 degree of latitude is 11.1195 m on the 6,371,008.8 m sphere.
            points.Append($"<Trackpoint><Time>{Iso(Start.AddSeconds(i * 2))}</Time><Position><LatitudeDegrees>{Number(45 + (i * 0.0001))}</LatitudeDegrees><LongitudeDegrees>14</LongitudeDegrees></Position></Trackpoint>");
        }

        var recording = TcxActivityReader.Read(Stream(Activity("Running", Lap(Start, 120, null, points.ToString()))));

        Assert.Equal(60 * 11.1195, recording.Samples.DistanceM, 0);
    }

    [Fact]
    public void Only_the_first_activity_is_read()
    {
        var first = Activity("Running", Lap(Start, 600, 2000, Points(Start, 121, 5, 3.3)), close: false);
        var text = first + "<Activity Sport=\"Biking\"><Id>2026-11-30T07:00:00Z</Id>" + Lap(Start.AddDays(1), 600, 6000, Points(Start.AddDays(1), 121, 5, 10)) + "</Activity></Activities></TrainingCenterDatabase>";

        var recording = TcxActivityReader.Read(Stream(text));

        Assert.Equal("running", recording.Sport);
        Assert.Single(recording.Laps);
        Assert.Equal(121, recording.Samples.Count);
    }

    [Fact]
    public void Laps_beyond_the_cap_fold_into_the_last_kept_so_totals_count_them()
    {
        var laps = new StringBuilder();
        for (var i = 0; i < ActivityRecording.MaxLaps + 100; i++)
        {
            laps.Append(Lap(Start.AddSeconds(i * 30), 30, 100, string.Empty));
        }

        var recording = TcxActivityReader.Read(Stream(Activity("Running", laps.ToString())));
        var summary = ActivityDerivation.Derive(recording, AthleteContext.Unknown);

        Assert.Equal(ActivityRecording.MaxLaps, recording.Laps.Count);
        Assert.Equal(101 * 100, recording.Laps[^1].DistanceM);
        Assert.Equal((ActivityRecording.MaxLaps + 100) * 0.1, summary.DistanceKm, 6);
        Assert.Equal((ActivityRecording.MaxLaps + 100) * 0.5, summary.DurationMin, 6);
        Assert.Single(recording.Warnings);
    }

    [Fact]
    public void Courses_or_workouts_only_are_not_an_activity()
    {
        var courses = Header + "<Courses><Course><Name>Loop</Name><Lap><TotalTimeSeconds>600</TotalTimeSeconds></Lap><Track><Trackpoint><Time>2026-11-29T07:00:00Z</Time></Trackpoint></Track></Course></Courses></TrainingCenterDatabase>";
        var workouts = Header + "<Workouts><Workout Sport=\"Running\"><Name>6x1k</Name></Workout></Workouts></TrainingCenterDatabase>";

        Assert.Equal(ActivityFileProblem.NotAnActivity, Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream(courses))).Problem);
        Assert.Equal(ActivityFileProblem.NotAnActivity, Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream(workouts))).Problem);
    }

    [Theory]
    [InlineData("<Activities/>")]
    [InlineData("<Activities><Activity Sport=\"Running\"><Id>2026-11-29T07:00:00Z</Id></Activity></Activities>")]
    [InlineData("<Activities><Activity Sport=\"Running\"><Id>2026-11-29T07:00:00Z</Id><Lap StartTime=\"2026-11-29T07:00:00Z\"><TotalTimeSeconds>30</TotalTimeSeconds><Track><Trackpoint><Time>2026-11-29T07:00:00Z</Time></Trackpoint><Trackpoint><Time>2026-11-29T07:00:30Z</Time></Trackpoint></Track></Lap></Activity></Activities>")]
    public void No_activity_or_no_timed_track_of_a_minute_is_refused(string body)
    {
        var refusal = Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream(Header + body + "</TrainingCenterDatabase>")));

        Assert.Equal(ActivityFileProblem.NoTimedTrack, refusal.Problem);
    }

    [Theory]
    [InlineData("<DistanceMeters>12,5</DistanceMeters>", "DistanceMeters")]
    [InlineData("<DistanceMeters>-3</DistanceMeters>", "DistanceMeters")]
    [InlineData("<DistanceMeters>NaN</DistanceMeters>", "DistanceMeters")]
    [InlineData("<HeartRateBpm><Value>fast</Value></HeartRateBpm>", "HeartRateBpm")]
    [InlineData("<HeartRateBpm><Value>400</Value></HeartRateBpm>", "HeartRateBpm")]
    [InlineData("<Position><LatitudeDegrees>91</LatitudeDegrees><LongitudeDegrees>0</LongitudeDegrees></Position>", "LatitudeDegrees")]
    public void An_invalid_number_is_malformed_naming_the_element_and_line(string content, string element)
    {
        var points = Points(Start, 61, 5, 3) + $"<Trackpoint><Time>{Iso(Start.AddSeconds(301))}</Time>{content}</Trackpoint>";
        var text = Activity("Running", Lap(Start, 300, 1000, points));

        var refusal = Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream(text)));

        Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        Assert.Contains($"<{element}>", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("(line ", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("29/11/2026 07:00")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("yesterday")]
    public void An_invalid_time_is_malformed(string time)
    {
        var text = Activity("Running", Lap(Start, 300, 1000, Points(Start, 61, 5, 3) + $"<Trackpoint><Time>{time}</Time></Trackpoint>"));

        var refusal = Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream(text)));

        Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        Assert.Contains("<Time>", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_line_numbers_are_the_files()
    {
        var text = Activity("Running", Lap(Start, 300, 1000, Points(Start, 61, 5, 3))).Replace("<DistanceMeters>15</DistanceMeters>", "\n\n<DistanceMeters>x</DistanceMeters>", StringComparison.Ordinal);
        var line = text[..text.IndexOf("<DistanceMeters>x", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var refusal = Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream(text)));

        Assert.Contains($"(line {line})", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gpx_file_is_not_tcx()
    {
        var refusal = Assert.Throws<ActivityFileException>(() => TcxActivityReader.Read(Stream("<gpx version=\"1.1\"></gpx>")));

        Assert.Equal(ActivityFileProblem.UnknownFormat, refusal.Problem);
    }

    [Fact]
    public void Prefixed_elements_a_byte_order_mark_and_whitespace_are_read()
    {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tcd:TrainingCenterDatabase xmlns:tcd="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
              <tcd:Activities>
                <tcd:Activity Sport="Running">
                  <tcd:Id> 2026-11-29T07:00:00Z </tcd:Id>
                  <tcd:Lap StartTime="2026-11-29T07:00:00Z">
                    <tcd:TotalTimeSeconds>
                       120.5
                    </tcd:TotalTimeSeconds>
                    <tcd:DistanceMeters>400</tcd:DistanceMeters>
                  </tcd:Lap>
                </tcd:Activity>
              </tcd:Activities>
            </tcd:TrainingCenterDatabase>
            """;

        var recording = TcxActivityReader.Read(Stream(text, byteOrderMark: true));

        Assert.Equal(120.5, recording.Laps.Single().TimerS);
        Assert.Equal(400, recording.Laps.Single().DistanceM);
    }

    internal static string Activity(string sport, string laps, bool close = true) =>
        Header + $"<Activities><Activity Sport=\"{sport}\"><Id>{Iso(Start)}</Id>" + laps + (close ? "</Activity></Activities></TrainingCenterDatabase>" : "</Activity>");

    internal static string Lap(DateTimeOffset start, double seconds, double? metres, string points, int? avgHr = null, int? maxHr = null, int? calories = null, string? intensity = null) =>
        $"<Lap StartTime=\"{Iso(start)}\"><TotalTimeSeconds>{Number(seconds)}</TotalTimeSeconds>"
        + (metres is { } m ? $"<DistanceMeters>{Number(m)}</DistanceMeters>" : string.Empty)
        + (calories is { } c ? $"<Calories>{c}</Calories>" : string.Empty)
        + (avgHr is { } a ? $"<AverageHeartRateBpm><Value>{a}</Value></AverageHeartRateBpm>" : string.Empty)
        + (maxHr is { } x ? $"<MaximumHeartRateBpm><Value>{x}</Value></MaximumHeartRateBpm>" : string.Empty)
        + (intensity is { } i ? $"<Intensity>{i}</Intensity>" : string.Empty)
        + $"<Track>{points}</Track></Lap>";

    internal static string Points(DateTimeOffset start, int count, double everySeconds, double speedMps, int? heartRate = null)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append($"<Trackpoint><Time>{Iso(start.AddSeconds(i * everySeconds))}</Time><DistanceMeters>{Number(i * everySeconds * speedMps)}</DistanceMeters>");
            text.Append(heartRate is { } hr ? $"<HeartRateBpm><Value>{hr}</Value></HeartRateBpm>" : string.Empty);
            text.Append("</Trackpoint>");
        }

        return text.ToString();
    }
}
