using System.Globalization;
using RunStrong.Activities.Derivation;
using RunStrong.Activities.Xml;
using Xunit;

namespace RunStrong.Activities.Tests.Xml;

/// <summary>Every TCX and GPX file in Fixtures/ is read as reference.json says.</summary>
public sealed class XmlFixtureTests
{
    public static TheoryData<string> TcxActivities => ReferenceFiles.Named(".tcx", "activity");

    public static TheoryData<string> GpxActivities => ReferenceFiles.Named(".gpx", "activity");

    public static TheoryData<string> GpxRefusedOrRecovered => ReferenceFiles.Named(".gpx", "refused-or-recovered");

    [Fact]
    public void The_reference_lists_the_xml_fixtures()
    {
        Assert.Equal(2, TcxActivities.Count);
        Assert.Equal(2, GpxActivities.Count);
        Assert.Equal(5, GpxRefusedOrRecovered.Count);
    }

    [Theory]
    [MemberData(nameof(TcxActivities))]
    public void A_tcx_activity_matches_the_sums_of_its_laps(string file)
    {
        var reference = ReferenceFiles.Reference(file);
        using var stream = ReferenceFiles.Open(file);

        var summary = ActivityDerivation.Derive(TcxActivityReader.Read(stream), AthleteContext.Unknown);

        Assert.Equal(ActivityFormat.Tcx, summary.Format);
        Assert.Equal("running", summary.Sport);
        Assert.Equal(ActivityLoggedAs.Run, summary.LoggedAs);
        Assert.Equal(Time(reference.GetProperty("startedAt").GetString()!), summary.StartedAt);
        AssertWithin(reference.GetProperty("distanceKm").GetDouble(), summary.DistanceKm, 0.01);
        AssertWithin(reference.GetProperty("durationMin").GetDouble(), summary.DurationMin, 0.01);
        Assert.Equal(reference.GetProperty("laps").GetInt32(), summary.Laps.Count);
        Assert.True(summary.ElapsedMin >= summary.DurationMin - 1e-9);
        Assert.NotNull(summary.Kind);
    }

    [Fact]
    public void Test_tcx_has_heart_rate_and_no_hr_tcx_has_none()
    {
        using var withHeart = ReferenceFiles.Open("test.tcx");
        using var without = ReferenceFiles.Open("no_hr.tcx");

        var heart = ActivityDerivation.Derive(TcxActivityReader.Read(withHeart), AthleteContext.Unknown);
        var none = ActivityDerivation.Derive(TcxActivityReader.Read(without), AthleteContext.Unknown);

        Assert.InRange(heart.AvgHeartRate!.Value, 100, 200);
        Assert.Equal(189, heart.Laps.Count > 0 ? heart.MaxHeartRate : null);
        Assert.Equal(139, heart.Laps[0].AvgHeartRate);
        Assert.Null(none.AvgHeartRate);
        Assert.Null(none.MaxHeartRate);
    }

    [Theory]
    [MemberData(nameof(GpxActivities))]
    public void A_gpx_activity_matches_its_haversine_length_and_times(string file)
    {
        var reference = ReferenceFiles.Reference(file);
        using var stream = ReferenceFiles.Open(file);

        var summary = ActivityDerivation.Derive(GpxActivityReader.Read(stream), AthleteContext.Unknown);

        Assert.Equal(ActivityFormat.Gpx, summary.Format);
        Assert.Equal(Time(reference.GetProperty("startedAt").GetString()!), summary.StartedAt);
        AssertWithin(reference.GetProperty("distanceKm").GetDouble(), summary.DistanceKm, 0.03);
        AssertWithin(reference.GetProperty("elapsedMin").GetDouble(), summary.ElapsedMin, 0.01);
        Assert.InRange(summary.DurationMin, 0.01, summary.ElapsedMin);
        Assert.Empty(summary.Laps);
    }

    [Theory]
    [MemberData(nameof(GpxRefusedOrRecovered))]
    public void A_gpx_without_a_timed_track_of_a_minute_is_refused_as_such(string file)
    {
        using var stream = ReferenceFiles.Open(file);

        var refusal = Assert.Throws<ActivityFileException>(() => GpxActivityReader.Read(stream));

        Assert.Equal(ActivityFileProblem.NoTimedTrack, refusal.Problem);
    }

    [Fact]
    public void Refusals_say_why_the_track_does_not_count()
    {
        string MessageFor(string file)
        {
            using var stream = ReferenceFiles.Open(file);
            return Assert.Throws<ActivityFileException>(() => GpxActivityReader.Read(stream)).Message;
        }

        Assert.Contains("route", MessageFor("route.gpx"), StringComparison.Ordinal);
        Assert.Contains("times on only 5 of its 296 points", MessageFor("cerknicko-without-times.gpx"), StringComparison.Ordinal);
        Assert.Contains("at least a minute", MessageFor("gpx1.1_with_all_fields.gpx"), StringComparison.Ordinal);
        Assert.Contains("waypoints", MessageFor("unicode_with_bom.gpx"), StringComparison.Ordinal);
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static void AssertWithin(double expected, double actual, double fraction) =>
        Assert.True(Math.Abs(actual - expected) <= fraction * Math.Abs(expected), $"expected {expected} within {fraction:P0}, got {actual}");
}
