namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>
/// docs/openapi/v1.json is the document the gateway serves (server address aside): a change to the API shows up as
/// a change to that file in review, and clients generated from it match the running API.
/// </summary>
public sealed class OpenApiSnapshotTests(PlatformFixture fixture)
{
    [Fact]
    public async Task The_committed_snapshot_is_the_document_the_gateway_serves()
    {
        var served = OpenApiSnapshot.Normalize(await ServedOpenApiDocument.TextAsync(fixture.Platform, TestContext.Current.CancellationToken));

        if (OpenApiSnapshot.UpdateRequested)
        {
            await File.WriteAllTextAsync(OpenApiSnapshot.FilePath, served, TestContext.Current.CancellationToken);
        }

        var committed = File.Exists(OpenApiSnapshot.FilePath)
            ? (await File.ReadAllTextAsync(OpenApiSnapshot.FilePath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n")
            : "";
        Assert.True(committed == served,
            $"docs/openapi/v1.json differs from the document the gateway serves at {ServedOpenApiDocument.Path}. If the API change is intended, "
            + $"regenerate it with: {OpenApiSnapshot.UpdateVariable}=1 dotnet test tests/RunStrong.Gateway.Tests --filter \"FullyQualifiedName~OpenApiSnapshotTests\", "
            + $"then review and commit the file.\n{Around(committed, served)}");
    }

    /// <summary>Where the two first differ, a few lines of each, so the failure shows what changed.</summary>
    private static string Around(string committed, string served)
    {
        var at = FirstDifference(committed, served);
        var start = Math.Max(0, at - 200);
        return $"First difference at character {at}.\n--- committed:\n{Slice(committed, start)}\n--- served:\n{Slice(served, start)}";
    }

    private static string Slice(string text, int start) => start >= text.Length ? "(end)" : text.Substring(start, Math.Min(400, text.Length - start));

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
