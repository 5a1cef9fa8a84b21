using System.Text.Json;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>The FIT files under Fixtures/ (real devices' files and Generated/) and what reference.json says of them.</summary>
internal static class FitFixtures
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyList<FixtureReference>> References = new(LoadReferences);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static IReadOnlyList<FixtureReference> FitReferences => References.Value;

    public static FixtureReference Reference(string file) => FitReferences.Single(r => r.File == file);

    /// <summary>Every .fit file: the real ones, then the generated ones (as "Generated/name.fit").</summary>
    public static IEnumerable<string> AllFitFiles() =>
        Directory.GetFiles(Folder, "*.fit").Select(Path.GetFileName)
            .Concat(Directory.GetFiles(Path.Combine(Folder, "Generated"), "*.fit").Select(p => "Generated/" + Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)!;

    private static List<FixtureReference> LoadReferences()
    {
        using var stream = File.OpenRead(PathOf("reference.json"));
        var all = JsonSerializer.Deserialize<List<FixtureReference>>(stream, Json)!;
        return all.Where(r => r.File.EndsWith(".fit", StringComparison.Ordinal)).ToList();
    }
}

/// <summary>One entry of Fixtures/reference.json (see Fixtures/README.md).</summary>
internal sealed record FixtureReference(
    string File,
    string Expect,
    string? Sport,
    string? SubSport,
    DateTimeOffset? StartedAt,
    double? DistanceKm,
    double? DurationMin,
    double? ElapsedMin,
    int? AvgHeartRate,
    int? Laps,
    string? Why);
