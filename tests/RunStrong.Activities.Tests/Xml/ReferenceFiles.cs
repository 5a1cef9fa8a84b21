using System.Text.Json;
using Xunit;

namespace RunStrong.Activities.Tests.Xml;

/// <summary>The real device files under Fixtures/ and what reference.json says a correct reader derives from them.</summary>
public static class ReferenceFiles
{
    private static readonly Lazy<JsonElement[]> Entries = new(() =>
        [.. JsonDocument.Parse(File.ReadAllText(PathOf("reference.json"))).RootElement.EnumerateArray()]);

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static FileStream Open(string file) => File.OpenRead(PathOf(file));

    public static JsonElement Reference(string file) => Entries.Value.Single(e => e.GetProperty("file").GetString() == file);

    /// <summary>The fixture names with the given extension and expectation, for theories.</summary>
    public static TheoryData<string> Named(string extension, string expect)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Entries.Value)
        {
            var file = entry.GetProperty("file").GetString()!;
            if (file.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && entry.GetProperty("expect").GetString() == expect)
            {
                data.Add(file);
            }
        }

        return data;
    }
}
