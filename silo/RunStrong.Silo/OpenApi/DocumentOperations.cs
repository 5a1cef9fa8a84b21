using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>Every operation of a document, for the transformers that look across all of them.</summary>
internal static class DocumentOperations
{
    public static IEnumerable<OpenApiOperation> Operations(this OpenApiDocument document) =>
        document.Paths.Values.SelectMany(path => path.Operations is { } operations ? operations.Values.AsEnumerable() : []);
}
