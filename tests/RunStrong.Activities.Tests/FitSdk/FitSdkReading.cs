using System.Text.Json;

namespace RunStrong.Activities.Tests.FitSdk;

/// <summary>
/// What Garmin's SDK reads from FIT files (decode.mjs): per file, the session, lap and record fields the product uses.
/// All fixtures are decoded in one node run, once per test run.
/// </summary>
internal static class FitSdkReading
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Dictionary<string, SdkFile>? all;

    public static async Task<IReadOnlyDictionary<string, SdkFile>> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var json = await FitSdkInstallation.Instance.RunAsync("decode.mjs", paths, cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, SdkFile>>(json, Json)!;
    }

    /// <summary>Every fixture under Fixtures/ (keyed by its name there, e.g. "Generated/steady-run.fit").</summary>
    public static async Task<IReadOnlyDictionary<string, SdkFile>> AllFixturesAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (all is null)
            {
                var names = Fit.FitFixtures.AllFitFiles().ToList();
                var read = await ReadAsync([.. names.Select(Fit.FitFixtures.PathOf)], cancellationToken);
                all = names.ToDictionary(n => n, n => read[Fit.FitFixtures.PathOf(n)], StringComparer.Ordinal);
            }

            return all;
        }
        finally
        {
            Gate.Release();
        }
    }
}

internal sealed record SdkFile(string? FileType, List<SdkSummary> Sessions, List<SdkSummary> Laps, List<SdkRecord> Records, List<string> Errors);

/// <summary>A session or lap as the SDK reads it: times in Unix seconds, enums as the SDK's names.</summary>
internal sealed record SdkSummary(
    double? Timestamp,
    double? StartTime,
    JsonElement? Sport,
    JsonElement? SubSport,
    double? TotalElapsedTime,
    double? TotalTimerTime,
    double? TotalDistance,
    int? AvgHeartRate,
    int? MaxHeartRate,
    int? TotalCalories,
    JsonElement? Intensity);

internal sealed record SdkRecord(double? Timestamp, double? Distance, double? Speed, int? HeartRate);
