using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// Describes each tag the endpoints are grouped by (their <c>WithTags</c>), so a reader knows what an area is for
/// before opening it. A tag an endpoint uses without a description here fails the document, rather than
/// appearing undocumented.
/// </summary>
internal sealed class ApiTags : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Tenants (admin)"] = "Platform administration: tenants (gyms and clubs), their keys and limits, suspension, and a tenant's erasure. Admin key only.",
        ["Athletes"] = "An athlete's profile and a summary of their last 7 and 28 days. Staff of the athlete's tenant, or the athlete with their own key.",
        ["Athlete log"] = "What an athlete did and ate: runs, strength sessions, nutrition days and body measurements, logged, corrected and read back a page at a time.",
        ["Activities"] = "Activity files from watches and phones (FIT, TCX, GPX): uploaded, listed, read back and deleted. Each becomes a logged run or cross-training session.",
        ["Coaching"] = "The coaching report (muscle-retention risk and recommendations with their sources) and the week's plan, computed from the stored log.",
        ["Members"] = "A gym's members directory and a member's identity (names, email). Staff only.",
        ["Athlete keys"] = "Keys scoped to one athlete, which staff issue so the athlete can sign in and log for themselves. Staff only.",
        ["Data protection"] = "A member's data export and erasure. Staff only.",
        ["Imports (gyms)"] = "Bulk member imports from CSV or NDJSON files, run as background jobs. Gyms only.",
        ["Challenges (clubs)"] = "Team challenges: challenges, teams, members and live leaderboards. Clubs only; an athlete reads the challenges they are in.",
        ["Operations"] = "The cluster's state for the platform operator: silos, grains and the largest tenants. Admin key only.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var used = document.Operations()
            .SelectMany(operation => operation.Tags is { } tags ? tags.AsEnumerable() : [])
            .Select(tag => tag.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var undescribed = used.Where(name => !Descriptions.ContainsKey(name)).ToList();
        if (undescribed.Count > 0)
        {
            throw new InvalidOperationException($"OpenAPI tags without a description in {nameof(ApiTags)}: {string.Join(", ", undescribed)}.");
        }

        document.Tags = new HashSet<OpenApiTag>(
            Descriptions.Where(tag => used.Contains(tag.Key)).Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
        return Task.CompletedTask;
    }
}
