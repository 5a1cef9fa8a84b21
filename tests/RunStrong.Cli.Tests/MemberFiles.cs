using System.Globalization;
using System.Text;

namespace RunStrong.Cli.Tests;

/// <summary>Member files on disk, one fresh folder per test, built from rows rather than pasted blobs.</summary>
public sealed class MemberFiles : IDisposable
{
    public const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private readonly string folder = Directory.CreateTempSubdirectory("runstrong-cli-").FullName;

    public static string Member(string externalId, string sex = "female") =>
        $"{externalId},Ana,Lopez,ana@example.com,{sex},1990,168,60.5,maintain";

    public static IEnumerable<string> Members(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => Member(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}")));

    public string Csv(params IEnumerable<string> rows) => Write("members.csv", [Header, .. rows]);

    public string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", Encoding.UTF8);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
