using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>
/// The committed copy of the served document, docs/openapi/v1.json: what client generators and readers use without
/// running the platform. Its server is <see cref="Server"/>, the address the AppHost gives the gateway locally,
/// instead of whatever the serving gateway's address was.
/// </summary>
internal static class OpenApiSnapshot
{
    public const string Server = "http://127.0.0.1:5080";

    /// <summary>Set to 1 to write the served document to the snapshot instead of comparing them.</summary>
    public const string UpdateVariable = "RUNSTRONG_UPDATE_OPENAPI";

    public static string FilePath => System.IO.Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The served text with its server replaced by <see cref="Server"/>, written as the gateway writes it (LF line ends, final newline).</summary>
    public static string Normalize(string served)
    {
        var document = JsonNode.Parse(served)!.AsObject();
        document["servers"]![0]!["url"] = Server;
        return JsonSerializer.Serialize(document, ServedOpenApiDocument.Format).ReplaceLineEndings("\n") + "\n";
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "RunStrong.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No RunStrong.sln above {AppContext.BaseDirectory}.");
    }
}
