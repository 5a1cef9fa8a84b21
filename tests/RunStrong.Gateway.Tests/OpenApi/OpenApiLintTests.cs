using System.Text.Json;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>
/// The served document passes Redocly's lint with the project's ruleset (docs/openapi/redocly.yaml) without a single
/// error or warning: what client generators and the reference page rely on.
/// </summary>
public sealed class OpenApiLintTests(PlatformFixture fixture)
{
    [Fact]
    public async Task The_served_document_lints_clean_with_the_project_ruleset()
    {
        var cancel = TestContext.Current.CancellationToken;
        var document = Path.Combine(Path.GetTempPath(), $"runstrong-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await ServedOpenApiDocument.TextAsync(fixture.Platform, cancel), cancel);
        var ruleset = Path.Combine(OpenApiSnapshot.RepositoryRoot(), "docs", "openapi", "redocly.yaml");

        try
        {
            var json = await RedoclyCli.RunAsync(["lint", document, "--config", ruleset, "--format", "json", "--max-problems", "1000"], cancel);
            var totals = Totals(json);
            if (totals is not (0, 0))
            {
                var readable = await RedoclyCli.RunAsync(["lint", document, "--config", ruleset, "--format", "stylish", "--max-problems", "1000"], cancel);
                Assert.Fail($"redocly lint found {totals.Errors} errors and {totals.Warnings} warnings (exit {json.ExitCode}):\n{readable.Output}\n{readable.Errors}");
            }

            Assert.Equal(0, json.ExitCode);
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static (int Errors, int Warnings) Totals(RedoclyCli.Result result)
    {
        var start = result.Output.IndexOf('{', StringComparison.Ordinal);
        Assert.True(start >= 0, $"redocly lint printed no JSON report (exit {result.ExitCode}):\n{result.Output}\n{result.Errors}");
        using var report = JsonDocument.Parse(result.Output[start..]);
        var totals = report.RootElement.GetProperty("totals");
        return (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32());
    }
}
