using System.Text.Json.Serialization;

namespace RunStrong.Web.Api;

/// <summary>An RFC 7807 problem as the API answers it: what the pages turn into messages next to the fields.</summary>
public sealed record ApiProblem
{
    public int Status { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    /// <summary>Messages keyed by the API's field name (<c>distanceKm</c>, <c>exercises[0].sets</c>, <c>body</c>).</summary>
    public Dictionary<string, string[]> Errors { get; init; } = [];

    /// <summary>Profile fields coaching still needs (a 409 from recommendations or the plan).</summary>
    public string[]? Missing { get; init; }

    [JsonIgnore]
    public string Summary => Detail ?? Title ?? $"The request failed ({Status}).";

    /// <summary>The messages for one field (matched ignoring case, so a form's names need not copy the API's casing).</summary>
    public IEnumerable<string> For(string field) =>
        Errors.Where(entry => string.Equals(entry.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(entry => entry.Value);

    /// <summary>Messages for fields no control on the form shows (so nothing the API said is lost).</summary>
    public IEnumerable<string> NotFor(IReadOnlyCollection<string> fields) =>
        Errors.Where(entry => !fields.Contains(entry.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(entry => entry.Value.Select(message => $"{entry.Key}: {message}"));

    public static ApiProblem Unavailable(int status, string detail) => new() { Status = status, Title = "Unavailable", Detail = detail };
}
