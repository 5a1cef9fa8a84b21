using System.Globalization;
using System.Text.Json;
using RunStrong.Activities.Fit;
using RunStrong.Activities.Tests.FitSdk;
using Xunit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>
/// Every FIT fixture, real and generated, decoded by Garmin's JavaScript SDK and by ours: every session, lap and record
/// field the product reads must agree. Where the SDK gives up early (compressed timestamps, a truncated tail, a damaged
/// chained header) what it did read must be the start of ours.
/// </summary>
public sealed class FitSdkDifferentialTests
{
    private static readonly string[] IntensityNames = ["active", "rest", "warmup", "cooldown", "recovery", "interval", "other"];

    public static TheoryData<string> Files() => [.. FitFixtures.AllFitFiles()];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Agrees_with_garmins_sdk_on_every_field_the_product_reads(string file)
    {
        var sdk = (await FitSdkReading.AllFixturesAsync(TestContext.Current.CancellationToken))[file];

        var ours = FitMessageLog.Read(file);

        Assert.Equal(sdk.FileType, ours.FileTypes.Count > 0 ? FitProfileNames.FileType(ours.FileTypes[0]) : null);
        var complete = sdk.Errors.Count == 0;
        AgreeOn(sdk.Sessions, ours.Sessions, complete, "session", isLap: false);
        AgreeOn(sdk.Laps, ours.Laps, complete, "lap", isLap: true);
        AgreeOn(sdk.Records, ours.Records, complete);
    }

    [Fact]
    public async Task Big_endian_messages_read_as_their_little_endian_twin()
    {
        var sdk = await FitSdkReading.AllFixturesAsync(TestContext.Current.CancellationToken);
        var bigEndian = FitMessageLog.Read("Generated/big-endian-run.fit");
        var littleEndian = FitMessageLog.Read("Generated/interval-workout-run.fit");

        Assert.Null(bigEndian.Stop);
        Assert.Equal(littleEndian.Sessions, bigEndian.Sessions);
        Assert.Equal(littleEndian.Laps, bigEndian.Laps);
        Assert.Equal(littleEndian.Records, bigEndian.Records);
        Assert.Equal(sdk["Generated/big-endian-run.fit"].Records.Count, bigEndian.Records.Count);
    }

    [Fact]
    public async Task Our_profile_names_are_the_sdks()
    {
        var json = await FitSdkInstallation.Instance.RunAsync("profile-names.mjs", [], TestContext.Current.CancellationToken);
        using var names = JsonDocument.Parse(json);

        foreach (var (table, ours) in new[] { ("sport", FitProfileNames.AllSports), ("subSport", FitProfileNames.AllSubSports) })
        {
            var theirs = names.RootElement.GetProperty(table).EnumerateObject()
                .ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetString()!);
            foreach (var (value, name) in ours)
            {
                Assert.True(theirs.TryGetValue(value, out var sdkName), $"{table} {value} ({name}) is not in the SDK's profile");
                Assert.Equal(sdkName, name);
            }

            // The sports a runner's watch records are named.
            Assert.True(ours.Count >= theirs.Count(t => t.Key <= 50) * 0.9, $"{table}: too few names");
        }
    }

    private static void AgreeOn(List<SdkSummary> sdk, List<FitSummaryMessage> ours, bool complete, string what, bool isLap)
    {
        AgreeOnCount(sdk.Count, ours.Count, complete, what);
        for (var i = 0; i < sdk.Count; i++)
        {
            var (theirs, mine) = (sdk[i], ours[i]);
            var where = $"{what} {i}";
            Assert.True(theirs.Timestamp == Seconds(mine.Timestamp), $"{where} timestamp: {theirs.Timestamp} vs {Seconds(mine.Timestamp)}");
            Assert.True(theirs.StartTime == Seconds(mine.StartTime), $"{where} start_time: {theirs.StartTime} vs {Seconds(mine.StartTime)}");
            Assert.Equal(Name(theirs.Sport), mine.Sport is { } s ? FitProfileNames.Sport(s) ?? Number(s) : null);
            Assert.Equal(Name(theirs.SubSport), mine.SubSport is { } ss ? FitProfileNames.SubSport(ss) ?? Number(ss) : null);
            Close(theirs.TotalElapsedTime, mine.ElapsedS, $"{where} total_elapsed_time");
            Close(theirs.TotalTimerTime, mine.TimerS, $"{where} total_timer_time");
            Close(theirs.TotalDistance, mine.DistanceM, $"{where} total_distance");
            Assert.True(theirs.AvgHeartRate == mine.AvgHeartRate, $"{where} avg_heart_rate: {theirs.AvgHeartRate} vs {mine.AvgHeartRate}");
            Assert.True(theirs.MaxHeartRate == mine.MaxHeartRate, $"{where} max_heart_rate: {theirs.MaxHeartRate} vs {mine.MaxHeartRate}");
            Assert.True(theirs.TotalCalories == mine.Calories, $"{where} total_calories: {theirs.TotalCalories} vs {mine.Calories}");
            if (isLap)
            {
                Assert.Equal(Name(theirs.Intensity), mine.Intensity is { } n ? (n < IntensityNames.Length ? IntensityNames[n] : Number(n)) : null);
            }
        }
    }

    private static void AgreeOn(List<SdkRecord> sdk, List<FitRecordMessage> ours, bool complete)
    {
        AgreeOnCount(sdk.Count, ours.Count, complete, "record");
        for (var i = 0; i < sdk.Count; i++)
        {
            var (theirs, mine) = (sdk[i], ours[i]);
            Assert.True(theirs.Timestamp == Seconds(mine.Time), $"record {i} timestamp: {theirs.Timestamp} vs {Seconds(mine.Time)}");
            Close(theirs.Distance, mine.DistanceM, $"record {i} distance");
            Close(theirs.Speed, mine.SpeedMps, $"record {i} speed");
            Assert.True(theirs.HeartRate == mine.HeartRate, $"record {i} heart_rate: {theirs.HeartRate} vs {mine.HeartRate}");
        }
    }

    private static void AgreeOnCount(int sdk, int ours, bool complete, string what)
    {
        if (complete)
        {
            Assert.True(sdk == ours, $"{what}s: the SDK read {sdk}, we read {ours}");
        }
        else
        {
            Assert.True(sdk <= ours, $"{what}s: the SDK read {sdk} before giving up, we read only {ours}");
        }
    }

    private static void Close(double? expected, double? actual, string what) =>
        Assert.True(
            expected is null ? actual is null : actual is { } a && Math.Abs(a - expected.Value) <= 1e-9 * Math.Max(1, Math.Abs(expected.Value)),
            $"{what}: the SDK read {expected}, we read {actual}");

    private static double? Seconds(DateTimeOffset? time) => time?.ToUnixTimeSeconds();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Name(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { } v => v.GetRawText(),
    };
}
