namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// What the bad-input suite must know about a JSON body beyond its valid sample (<see cref="RouteSamples"/>):
/// which fields are required and which are enums. Field paths are named as the API names them in errors:
/// <c>exercises[0].muscleGroups[0]</c>.
/// </summary>
public sealed record BodyRules(IReadOnlyList<string> Required, IReadOnlyList<string> Enums)
{
    private const string Athlete = "api/t/{tenantId}/athletes/{athleteId}";
    private const string Tenants = "api/admin/tenants";
    private const string Challenges = "api/t/{tenantId}/challenges";

    // A run or session is the same body whether it is logged (POST) or edited at its id (PUT).
    private static readonly BodyRules Run = new(["startedAt", "distanceKm", "durationMin", "kind"], ["kind"]);

    private static readonly BodyRules StrengthSession = new(
        ["startedAt", "durationMin", "exercises", "exercises[0].name", "exercises[0].muscleGroups", "exercises[0].sets", "exercises[0].reps"],
        ["exercises[0].muscleGroups[0]"]);

    /// <summary>Every route that takes a JSON body, keyed like <see cref="RouteSamples.All"/>.</summary>
    public static IReadOnlyDictionary<string, BodyRules> All { get; } = new Dictionary<string, BodyRules>(StringComparer.Ordinal)
    {
        [$"PUT {Athlete}"] = new(["sex", "birthYear", "heightCm", "weightKg"], ["sex", "bodyFatMethod", "goal", "phase"]),
        [$"POST {Athlete}/runs"] = Run,
        [$"PUT {Athlete}/runs/{{runId}}"] = Run,
        [$"POST {Athlete}/strength-sessions"] = StrengthSession,
        [$"PUT {Athlete}/strength-sessions/{{sessionId}}"] = StrengthSession,
        [$"PUT {Athlete}/nutrition/{{date}}"] = new(["caloriesKcal", "proteinG", "carbsG", "meals[0].proteinG"], []),
        [$"POST {Athlete}/measurements"] = new(["date", "weightKg"], ["bodyFatMethod"]),
        // A merge patch may leave any field out; the suite's athlete has no member data yet, so its first edit needs a
        // name, but either one will do: no single field is required (MemberPatchTests cover an edit without any name).
        [$"PATCH {Athlete}/member"] = new([], []),
        [$"POST {Challenges}"] = new(["id", "name", "startsOn", "endsOn", "metric"], ["metric", "scoring", "teamScore"]),
        [$"POST {Challenges}/{{challengeId}}/teams"] = new(["id", "name"], []),
        [$"POST {Tenants}"] = new(["id", "name", "kind"], ["kind"]),
        [$"PUT {Tenants}/{{tenantId}}/limits"] = new([], []),
    };

    public static BodyRules For(ApiRoute route) =>
        All.TryGetValue(route.Name, out var rules)
            ? rules
            : throw new InvalidOperationException($"No bad-input rules for '{route}', which takes a JSON body: add them to {nameof(BodyRules)}.{nameof(All)}.");
}
