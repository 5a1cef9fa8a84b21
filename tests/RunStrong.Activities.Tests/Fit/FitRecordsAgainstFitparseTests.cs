using System.Globalization;
using RunStrong.Activities.Fit;
using RunStrong.Activities.Recording;
using Xunit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>
/// Records against python-fitparse's reading of them (Fixtures/*-records.csv): the second reference, and the only one
/// for compressed-speed-distance.fit, whose compressed-timestamp records Garmin's JavaScript SDK does not decode.
/// </summary>
public sealed class FitRecordsAgainstFitparseTests
{
    [Fact]
    public void Compressed_timestamps_and_packed_speed_distance_read_as_fitparse_reads_them()
    {
        var rows = Csv("compressed-speed-distance-records.csv");

        var log = FitMessageLog.Read("compressed-speed-distance.fit");

        Assert.Null(log.Stop);
        Assert.Equal(754, rows.Count);

        // The file opens with a record holding nothing but its timestamp, which fitparse's listing leaves out.
        Assert.Equal(new FitRecordMessage(rows.Count > 0 ? log.Records[0].Time : null, null, null, null), log.Records[0]);
        var records = log.Records.Skip(1).ToList();
        Assert.Equal(rows.Count, records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, record) = (rows[i], records[i]);
            var fitSeconds = long.Parse(row["Timestamp"], CultureInfo.InvariantCulture);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(FitProfile.FitEpochUnixSeconds + fitSeconds), record.Time);
            Assert.Equal((int?)Number(row["Heart Rate [bpm]"]), record.HeartRate);
            Assert.Equal(Number(row["Speed [m/s]"])!.Value, record.SpeedMps!.Value, 6);
            Assert.Equal(Number(row["Distance [m]"])!.Value, record.DistanceM!.Value, 6);
        }

        Assert.Equal(10248.6875, records[^1].DistanceM);
    }

    [Fact]
    public void A_compressed_timestamp_recording_folds_into_the_reference_totals()
    {
        using var file = File.OpenRead(FitFixtures.PathOf("compressed-speed-distance.fit"));

        var recording = FitActivityReader.Read(file);

        Assert.Equal(755, recording.Samples.Count);
        Assert.Equal(10248.6875, recording.Samples.DistanceM);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(FitProfile.FitEpochUnixSeconds + 17221744), recording.Samples.Last);
    }

    [Theory]
    [InlineData("garmin-fenix-5-run.fit", "garmin-fenix-5-run-records.csv")]
    [InlineData("garmin-fenix-5-bike.fit", "garmin-fenix-5-bike-records.csv")]
    public void Records_read_as_fitparse_reads_them(string fit, string csv)
    {
        var rows = Csv(csv);

        var log = FitMessageLog.Read(fit);

        Assert.Equal(rows.Count, log.Records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal((int?)Number(rows[i]["heart_rate"]), log.Records[i].HeartRate);
            Assert.Equal(Number(rows[i]["speed"])!.Value, log.Records[i].SpeedMps!.Value, 6);
            Assert.Equal(Number(rows[i]["distance"])!.Value, log.Records[i].DistanceM!.Value, 6);
        }
    }

    private static List<Dictionary<string, string>> Csv(string name)
    {
        var lines = File.ReadAllLines(FitFixtures.PathOf(name)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))];
    }

    private static double? Number(string value) =>
        value is "null" or "" ? null : double.Parse(value, CultureInfo.InvariantCulture);
}
