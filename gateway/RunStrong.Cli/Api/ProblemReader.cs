using System.Text.Json;

namespace RunStrong.Cli.Api;

/// <summary>
/// Reads a refused response as a problem: the application/problem+json body when there is one, else the
/// status line and the start of the body (a proxy in the way may answer plain text or HTML).
/// </summary>
internal static class ProblemReader
{
    private const int MaxPlainTextChars = 300;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) && TryParse(body, status) is { } problem)
        {
            return problem;
        }

        var detail = string.IsNullOrWhiteSpace(body) ? null : body.Length > MaxPlainTextChars ? body[..MaxPlainTextChars] + "…" : body;
        return new ApiProblem(status, response.ReasonPhrase ?? $"HTTP {status}", detail, new Dictionary<string, string[]>());
    }

    private static ApiProblem? TryParse(string body, int status)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new ApiProblem(
                root.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : status,
                Text(root, "title") ?? $"HTTP {status}",
                Text(root, "detail"),
                Errors(root),
                Text(root, "problem"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string[]> Errors(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(message => message.ToString())]
                    : [field.Value.ToString()];
            }
        }

        return errors;
    }
}
