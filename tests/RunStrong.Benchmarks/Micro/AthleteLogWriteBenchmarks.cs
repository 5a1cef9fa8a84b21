using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using RunStrong.Coaching.Log;

namespace RunStrong.Benchmarks.Micro;

/// <summary>
/// What an athlete's every write costs once their log is full: the athlete grain stores its whole state (log in detail
/// for the last 18 weeks) as one JSON blob per change, so a logged run serializes and uploads the whole log. Measured
/// on <see cref="SixteenWeeksOfData"/> (a diligent athlete's 16 weeks) against a new athlete's log of one run, with the
/// grain-state serializer's settings (web defaults, nulls left out, enums as camelCase strings). The serialized
/// sizes are printed in the log as "bytes per write".
/// </summary>
[MemoryDiagnoser]
public class AthleteLogWriteBenchmarks
{
    private static readonly JsonSerializerOptions GrainStateJson = CreateOptions();
    private AthleteLog full = null!;
    private AthleteLog fresh = null!;
    private byte[] stored = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SixteenWeeksOfData.Build(new DateOnly(2026, 12, 1));
        full = new AthleteLog();
        foreach (var run in data.Runs)
        {
            full.Add(run);
        }

        foreach (var session in data.StrengthSessions)
        {
            full.Add(session);
        }

        foreach (var day in data.Nutrition)
        {
            full.Put(day);
        }

        foreach (var measurement in data.Measurements)
        {
            full.Add(measurement);
        }

        stored = SerializeFull();
        fresh = new AthleteLog();
        fresh.Add(data.Runs[^1]);
        Console.WriteLine($"// bytes per write: full log {stored.Length:N0} ({data.Runs.Count} runs, {data.StrengthSessions.Count} leg sessions, "
            + $"{data.Nutrition.Count} food days, {data.Measurements.Count} weigh-ins); new athlete's log {SerializeFresh().Length:N0}");
    }

    [Benchmark]
    public byte[] SerializeFull() => JsonSerializer.SerializeToUtf8Bytes(full, GrainStateJson);

    [Benchmark]
    public byte[] SerializeFresh() => JsonSerializer.SerializeToUtf8Bytes(fresh, GrainStateJson);

    [Benchmark]
    public AthleteLog? DeserializeFull() => JsonSerializer.Deserialize<AthleteLog>(stored, GrainStateJson);

    /// <summary>The silo's grain-state serializer settings (JsonGrainStateSerializer; the harness does not reference the silo).</summary>
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
