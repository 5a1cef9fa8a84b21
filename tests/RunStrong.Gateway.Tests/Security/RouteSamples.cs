namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// One real request per route of the silo, keyed by <c>METHOD pattern</c> exactly as the endpoint list names
/// it. The security suites refuse to pass while a served route is missing here or a row names a route that
/// is gone, so a new route cannot ship without its authorization and bad-input cases.
/// </summary>
internal static class RouteSamples
{
    private const string Athlete = "api/t/{tenantId}/athletes/{athleteId}";
    private const string Directory = "api/t/{tenantId}/athletes";
    private const string Tenants = "api/admin/tenants";
    private const string TenantErasures = "api/admin/tenant-erasures";
    private const string Imports = "api/t/{tenantId}/imports";
    private const string Challenges = "api/t/{tenantId}/challenges";
    private const string Members = Challenges + "/{challengeId}/teams/{teamId}/members/{athleteId}";

    /// <summary>The athlete every tenant case works on, with <see cref="Requests.Profile"/> already stored.</summary>
    public const string AthleteId = "ana";

    private static string AsOfToday => $"?asOf={TestDates.Iso(TestDates.Today)}";

    private static string LastFourWeeks => $"?from={TestDates.Iso(TestDates.DaysAgo(28))}&to={TestDates.Iso(TestDates.Today)}";

    public static IReadOnlyDictionary<string, RouteSample> All { get; } = new Dictionary<string, RouteSample>(StringComparer.Ordinal)
    {
        // Tenant routes. Bodies differ from the stored athlete, so a request that slips through shows as a change.
        [$"GET {Athlete}"] = new(HttpStatusCode.OK, Query: AsOfToday),
        [$"PUT {Athlete}"] = new(HttpStatusCode.OK, _ => Profile()),
        [$"POST {Athlete}/runs"] = new(HttpStatusCode.Created, _ => Requests.Run("matrix-run", TestDates.MorningOf(TestDates.DaysAgo(2)))),
        [$"POST {Athlete}/strength-sessions"] = new(HttpStatusCode.Created, _ => StrengthSession()),
        [$"PUT {Athlete}/nutrition/{{date}}"] = new(HttpStatusCode.OK, _ => NutritionDay()),
        [$"POST {Athlete}/measurements"] = new(HttpStatusCode.Created, _ => Measurement()),
        [$"PUT {Athlete}/runs/{{runId}}"] = new(HttpStatusCode.OK, v => Requests.Run(v.Of("runId"), distanceKm: 14)),
        [$"DELETE {Athlete}/runs/{{runId}}"] = new(HttpStatusCode.NoContent),
        [$"PUT {Athlete}/strength-sessions/{{sessionId}}"] = new(HttpStatusCode.OK, v => StrengthSession(v.Of("sessionId"))),
        [$"DELETE {Athlete}/strength-sessions/{{sessionId}}"] = new(HttpStatusCode.NoContent),
        [$"DELETE {Athlete}/nutrition/{{date}}"] = new(HttpStatusCode.NoContent),
        [$"DELETE {Athlete}/measurements/{{measurementId}}"] = new(HttpStatusCode.NoContent),
        [$"GET {Athlete}/runs"] = new(HttpStatusCode.OK, Query: "?limit=2"),
        [$"GET {Athlete}/strength-sessions"] = new(HttpStatusCode.OK, Query: LastFourWeeks),
        [$"GET {Athlete}/nutrition"] = new(HttpStatusCode.OK, Query: LastFourWeeks),
        [$"GET {Athlete}/measurements"] = new(HttpStatusCode.OK),
        [$"GET {Athlete}/weeks"] = new(HttpStatusCode.OK, Query: LastFourWeeks),
        [$"GET {Athlete}/recommendations"] = new(HttpStatusCode.OK, Query: AsOfToday),
        [$"GET {Athlete}/plan"] = new(HttpStatusCode.OK),
        [$"PATCH {Athlete}/member"] = new(HttpStatusCode.OK, _ => Member()),
        [$"POST {Athlete}/keys"] = new(HttpStatusCode.Created),
        [$"GET {Athlete}/keys"] = new(HttpStatusCode.OK),
        [$"DELETE {Athlete}/keys/{{keyId}}"] = new(HttpStatusCode.NoContent, Aim: v => v with { KeyId = OwnedAthlete.AthleteKeyOf(v.TenantId) }),
        [$"GET {Directory}"] = new(HttpStatusCode.OK, Query: "?sort=risk&limit=5"),
        [$"GET {Athlete}/export"] = new(HttpStatusCode.OK),
        [$"POST {Athlete}/activities"] = new(HttpStatusCode.Created, Content: ActivityFile),
        [$"GET {Athlete}/activities"] = new(HttpStatusCode.OK, Query: "?limit=5"),
        [$"GET {Athlete}/activities/{{activityId}}"] = new(HttpStatusCode.OK),
        [$"GET {Athlete}/activities/{{activityId}}/file"] = new(HttpStatusCode.OK),
        [$"DELETE {Athlete}/activities/{{activityId}}"] = new(HttpStatusCode.NoContent),

        // The erased athlete answers 404 afterwards, so there is no record left to compare.
        [$"DELETE {Athlete}"] = new(HttpStatusCode.NoContent, ChangesAthlete: false),
        [$"POST {Imports}"] = new(HttpStatusCode.Accepted, Content: MemberFile, ChangesAthlete: false),
        [$"GET {Imports}"] = new(HttpStatusCode.OK),
        [$"GET {Imports}/{{importId}}"] = new(HttpStatusCode.OK),
        [$"GET {Imports}/{{importId}}/errors"] = new(HttpStatusCode.OK),
        [$"POST {Imports}/{{importId}}/cancel"] = new(HttpStatusCode.OK, ChangesAthlete: false),

        // Club routes, aimed at the owner's challenge (OwnedChallenge). A new challenge or team shows in the
        // record's challenge list at once; a membership change reaches the leaderboard only a moment later.
        [$"POST {Challenges}"] = new(HttpStatusCode.Created, _ => NewChallenge()),
        [$"GET {Challenges}"] = new(HttpStatusCode.OK, Query: "?limit=5"),
        [$"GET {Challenges}/{{challengeId}}"] = new(HttpStatusCode.OK),
        [$"POST {Challenges}/{{challengeId}}/teams"] = new(HttpStatusCode.Created, _ => new { id = "matrix-new-team", name = "Matrix New Team" }),
        [$"PUT {Members}"] = new(HttpStatusCode.NoContent, ChangesAthlete: false, Aim: v => v with { TeamId = OwnedChallenge.OtherTeamId }),
        [$"DELETE {Members}"] = new(HttpStatusCode.NoContent, ChangesAthlete: false),
        [$"GET {Challenges}/{{challengeId}}/leaderboard"] = new(HttpStatusCode.OK, Query: "?top=10"),
        [$"GET {Challenges}/{{challengeId}}/athletes/{{athleteId}}"] = new(HttpStatusCode.OK),

        // An event stream: on the suite's platform it ends after PlatformFixture.StreamLifetime, so its answer can be read whole.
        [$"GET {Challenges}/{{challengeId}}/leaderboard/events"] = new(HttpStatusCode.OK, Query: "?top=10"),
        [$"GET {Athlete}/challenges"] = new(HttpStatusCode.OK),

        // Platform-admin routes, aimed at the case's own tenant (the one a tenant key would most like to touch).
        [$"POST {Tenants}"] = new(HttpStatusCode.Created, v => new { id = v.NewTenantId, name = "Matrix Gym", kind = "gym", limits = new { requestsPerMinute = 600, burst = 50, maxBodyBytes = 65_536 } }),
        [$"GET {Tenants}"] = new(HttpStatusCode.OK, Query: "?limit=5"),
        [$"GET {Tenants}/{{tenantId}}"] = new(HttpStatusCode.OK),
        [$"POST {Tenants}/{{tenantId}}/suspend"] = new(HttpStatusCode.NoContent),
        [$"POST {Tenants}/{{tenantId}}/resume"] = new(HttpStatusCode.NoContent),
        [$"PUT {Tenants}/{{tenantId}}/limits"] = new(HttpStatusCode.OK, _ => new { requestsPerMinute = 600, burst = 50, maxBodyBytes = 65_536 }),
        [$"POST {Tenants}/{{tenantId}}/keys"] = new(HttpStatusCode.Created),
        [$"DELETE {Tenants}/{{tenantId}}/keys/{{keyId}}"] = new(HttpStatusCode.NoContent),

        // The case's tenant is active, and only a suspended one can be erased: the admin is told so (409), nothing starts.
        [$"DELETE {Tenants}/{{tenantId}}"] = new(HttpStatusCode.Conflict),
        [$"GET {TenantErasures}/{{erasureId}}"] = new(HttpStatusCode.NotFound),
        ["GET ops/cluster"] = new(HttpStatusCode.OK),
    };

    public static RouteSample For(ApiRoute route) =>
        All.TryGetValue(route.Name, out var sample)
            ? sample
            : throw new InvalidOperationException($"No sample request for '{route}': add one to {nameof(RouteSamples)}.{nameof(All)}.");

    /// <summary>The route's sample request, aimed at <paramref name="values"/>.</summary>
    public static HttpRequestMessage Request(ApiRoute route, RouteValues values) => For(route).Request(route, values);

    /// <summary>A one-member CSV file for a member other than the suite's athlete.</summary>
    public static HttpContent MemberFile()
    {
        var content = new StringContent(
            "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\nmatrix-member,Mia,Trix,mia@example.com,female,1990,168,60,maintain\n",
            System.Text.Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>A 20-minute run recorded as GPX four days ago, beside the activity uploaded at setup.</summary>
    public static HttpContent ActivityFile()
    {
        var content = new ByteArrayContent(ActivityFileSamples.RunGpx(new DateTimeOffset(TestDates.DaysAgo(4).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero), TimeSpan.FromMinutes(20)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/gpx+xml");
        return content;
    }

    /// <summary>Both names and an email: the suite's athlete came from no import, so the edit creates its member data.</summary>
    public static object Member() => new { firstName = "Ana", lastName = "Matrix", email = "ana.matrix@example.com" };

    /// <summary>Every profile field, each unlike <see cref="Requests.Profile"/> (the stored one).</summary>
    public static object Profile() => new
    {
        sex = "male", birthYear = 1985, heightCm = 180, weightKg = 71, bodyFatPercent = 14, bodyFatMethod = "dexa",
        runningExperienceMonths = 60, goal = "build", phase = "build", injuredRecently = true,
    };

    /// <summary>A leg session; under the setup session's id it replaces that upper-body one.</summary>
    public static object StrengthSession(string id = "matrix-strength") => new
    {
        id,
        startedAt = TestDates.MorningOf(TestDates.DaysAgo(1)),
        durationMin = 40,
        rpe = 7,
        exercises = new[] { new { name = "split squat", muscleGroups = new[] { "quads", "glutes" }, sets = 3, reps = 10, loadKg = 20 } },
    };

    public static object NutritionDay() => new
    {
        caloriesKcal = 2400, proteinG = 110, carbsG = 300, fatG = 70,
        meals = new[] { new { time = "07:30:00", proteinG = 30, carbsG = 80, caloriesKcal = 600 } },
    };

    /// <summary>A challenge beside the owner's, with every optional rule set so the bad-input suite tries each field.</summary>
    public static object NewChallenge() => new
    {
        id = "matrix-new-challenge",
        name = "Matrix Leg Week",
        startsOn = TestDates.Iso(TestDates.Today),
        endsOn = TestDates.Iso(TestDates.Today.AddDays(6)),
        metric = "legSessions",
        dailyCap = 2,
        scoring = "relativeToBaseline",
        teamScore = "average",
    };

    public static object Measurement() => new
    {
        id = "matrix-weigh-in", date = TestDates.Iso(TestDates.Today), weightKg = 63.8, bodyFatPercent = 17.5, bodyFatMethod = "bia",
    };
}
