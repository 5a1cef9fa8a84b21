using System.IO.Compression;

namespace RunStrong.Cli.Tests;

/// <summary>
/// A fresh folder of activity files for one test, made from the real device files linked into Fixtures/ (copied,
/// gzipped or renamed as a watch or a Strava export would hold them), plus junk and other files.
/// </summary>
public sealed class ActivityFolder : IDisposable
{
    public const string Fit = "2013-02-06-12-11-14.fit";
    public const string Tcx = "test.tcx";
    public const string Gpx = "cerknicko-jezero.gpx";

    public string Path { get; } = Directory.CreateTempSubdirectory("runstrong-activities-").FullName;

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public string Copy(string fixture, string? name = null)
    {
        var path = Combine(name ?? fixture);
        File.Copy(Fixture(fixture), path);
        return path;
    }

    /// <summary>The fixture packed as <c>NAME.gz</c>, as a Strava export holds most files.</summary>
    public string Gzip(string fixture, string name)
    {
        var path = Combine(name);
        using var source = File.OpenRead(Fixture(fixture));
        using var target = new GZipStream(File.Create(path), CompressionLevel.Optimal);
        source.CopyTo(target);
        return path;
    }

    /// <summary>Random bytes under an activity file's name (fixed seed: the same junk every run).</summary>
    public string Junk(string name, int bytes = 4096)
    {
        var junk = new byte[bytes];
        new Random(20260206).NextBytes(junk);
        var path = Combine(name);
        File.WriteAllBytes(path, junk);
        return path;
    }

    public string Text(string name, string text)
    {
        var path = Combine(name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Combine(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
