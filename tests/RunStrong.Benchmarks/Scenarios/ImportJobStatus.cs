using System.Text.Json;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>The fields of <c>GET /api/t/{tenantId}/imports/{importId}</c> the scenarios read.</summary>
public sealed record ImportJobStatus(string Status, long Total, long Processed, long Created, long Updated, long Unchanged, long Failed, double Rate, string? FailureReason)
{
    /// <summary>
    /// Every member of an import of <paramref name="members"/> new rows created once, none failed. A batch the job redid
    /// after an error (its checkpoint not yet written) finds its members already there and counts them as unchanged.
    /// </summary>
    public bool CreatedExactly(long members) =>
        Processed == members && Created + Unchanged == members && Updated == 0 && Failed == 0 && Total == members;

    public static ImportJobStatus Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        long Number(string name) => root.GetProperty(name).GetInt64();
        return new ImportJobStatus(
            root.GetProperty("status").GetString() ?? "",
            Number("total"), Number("processed"), Number("created"), Number("updated"), Number("unchanged"), Number("failed"),
            root.GetProperty("rate").GetDouble(),
            root.TryGetProperty("failureReason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null);
    }
}
