using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// A realistic request body for the routes a client writes to most, shown in the reference page and generated
/// docs. Each names every property its schema lists (null where the field is optional), so it validates against
/// the schema as the lint checks; the values follow docs/API.md's input rules.
/// </summary>
internal sealed class RequestExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> ByRoute = new(StringComparer.Ordinal)
    {
        [ApiRoutes.Platform.CreateTenant.Name] = """
            {"id": "northside-gym", "name": "Northside Gym", "kind": "gym", "limits": {"requestsPerMinute": 1200, "burst": 200, "maxBodyBytes": 1048576}}
            """,
        [ApiRoutes.Platform.SetTenantLimits.Name] = """
            {"requestsPerMinute": 2400, "burst": 400, "maxBodyBytes": 2097152}
            """,
        [ApiRoutes.Athletes.PutProfile.Name] = """
            {"sex": "female", "birthYear": 1988, "heightCm": 168, "weightKg": 61.5, "bodyFatPercent": 22, "bodyFatMethod": "bia",
             "runningExperienceMonths": 48, "goal": "maintain", "phase": "build", "injuredRecently": false, "timeZone": "Europe/Oslo"}
            """,
        [ApiRoutes.Athletes.PostRun.Name] = """
            {"id": "run-2026-11-28-0630", "startedAt": "2026-11-28T06:30:00+01:00", "distanceKm": 12.4, "durationMin": 68, "kind": "easy", "rpe": 4, "avgHeartRate": 142}
            """,
        [ApiRoutes.Athletes.PostStrengthSession.Name] = """
            {"id": "legs-2026-11-29", "startedAt": "2026-11-29T18:00:00+01:00", "durationMin": 45, "rpe": 7,
             "exercises": [{"name": "Back squat", "muscleGroups": ["quads", "glutes"], "sets": 4, "reps": 6, "loadKg": 60},
                           {"name": "Single-leg calf raise", "muscleGroups": ["calves"], "sets": 3, "reps": 15, "loadKg": null}]}
            """,
        [ApiRoutes.Athletes.PutNutrition.Name] = """
            {"caloriesKcal": 2450, "proteinG": 112, "carbsG": 320, "fatG": 80,
             "meals": [{"time": "07:30:00", "proteinG": 30, "carbsG": 90, "caloriesKcal": 620}]}
            """,
        [ApiRoutes.Athletes.PostMeasurement.Name] = """
            {"id": "weigh-in-2026-11-30", "date": "2026-11-30", "weightKg": 61.2, "bodyFatPercent": 21.5, "bodyFatMethod": "bia"}
            """,
        [ApiRoutes.Challenges.CreateChallenge.Name] = """
            {"id": "winter-2026", "name": "Winter base", "startsOn": "2026-12-07", "endsOn": "2027-01-31", "metric": "distanceKm",
             "dailyCap": 30, "scoring": "relativeToBaseline", "teamScore": "average"}
            """,
        [ApiRoutes.Challenges.CreateTeam.Name] = """
            {"id": "early-birds", "name": "Early birds"}
            """,
        [ApiRoutes.Members.PatchMember.Name] = """
            {"email": "kari.nordmann@example.org"}
            """,
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = context.Description.RouteRule();
        if (ByRoute.TryGetValue(rule.Name, out var example) && operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var json))
        {
            json.Example = JsonNode.Parse(example);
        }

        return Task.CompletedTask;
    }
}
