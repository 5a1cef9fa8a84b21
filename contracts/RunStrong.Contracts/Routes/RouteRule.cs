using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Routes;

/// <summary>
/// Everything the platform enforces about one HTTP route, declared once (<see cref="ApiRoutes"/>) and read by
/// both hosts: the silo maps its endpoint from it and checks the signed caller against it; the gateway derives
/// its proxy route, authorization, rate-limit policy, body limit and retry decision from it. Nothing matches
/// paths as strings.
/// </summary>
/// <param name="Name">The route's stable name: the endpoint name, the proxy route id and the OpenAPI operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Pattern">The ASP.NET Core route pattern, without a leading '/': <c>api/t/{tenantId}/athletes/{athleteId}</c>.</param>
/// <param name="Callers">Who may call it.</param>
/// <param name="TenantKind">The kind of tenant that owns the route (gyms import, clubs run challenges); null for every kind.</param>
/// <param name="RetrySafe">
/// Whether a request that failed may be sent again without changing the outcome: GET/PUT/DELETE, and POSTs that
/// the API makes idempotent by an id in the body. Gateway and silo retry by this flag alone.
/// </param>
/// <param name="Body">What body the route takes, which sets its size limit and how its digest is checked.</param>
public sealed record RouteRule(
    string Name, string Method, string Pattern, CallerKinds Callers, TenantKind? TenantKind, bool RetrySafe, RouteBody Body = RouteBody.TenantDocument)
{
    /// <summary>Admin bodies are small JSON documents (a tenant, its limits): 64 KB is generous.</summary>
    public const long AdminBodyBytes = 64 * 1024;

    /// <summary>The largest upload (a gym's whole membership file).</summary>
    public const long UploadBodyBytes = TenantLimits.LargestBodyBytes;

    /// <summary>An activity file as sent: 25 MB, the most it may unpack to (a gzipped one is smaller).</summary>
    public const long ActivityFileBytes = 25L * 1024 * 1024;

    /// <summary>
    /// The route value that names the tenant. Every route open to tenant staff has it, and a staff caller
    /// reaches only paths naming their own tenant (another tenant's id answers 404, as if it did not exist).
    /// </summary>
    public const string TenantRouteValue = "tenantId";

    /// <summary>
    /// The route value that names the athlete. An athlete caller reaches only paths whose athlete id is their own
    /// (another athlete's answers 404, as if they did not exist).
    /// </summary>
    public const string AthleteRouteValue = "athleteId";

    /// <summary>
    /// The route value that names a challenge. An athlete caller reaches a challenge only while they are in one of
    /// its teams (otherwise 404): the silo checks it against the athlete's own enrollments.
    /// </summary>
    public const string ChallengeRouteValue = "challengeId";

    /// <summary>
    /// The route answers a long-lived event stream (<c>text/event-stream</c>) rather than one response: hosts must not
    /// buffer it, cut it with a per-request timeout, or count it as a request in flight (the silo bounds open streams).
    /// </summary>
    public bool EventStream { get; init; }

    public bool Admits(CallerKinds caller) => (Callers & caller) != 0;

    /// <summary>The largest body this route takes from a caller whose own limit (a tenant's) is <paramref name="tenantLimit"/>.</summary>
    public long MaxBodyBytes(long tenantLimit) => Body switch
    {
        RouteBody.StreamedUpload => UploadBodyBytes,
        RouteBody.ActivityFile => ActivityFileBytes,
        RouteBody.AdminDocument => AdminBodyBytes,
        _ => tenantLimit,
    };

    /// <summary>
    /// How much of a body a host buffering it (to hash it, or to send it again on a retry) keeps in memory before it
    /// spills to a temporary file: an activity file (typically under 1 MB) stays in memory; a member file does not.
    /// </summary>
    public int BufferInMemoryBytes => Body == RouteBody.ActivityFile ? 4 * 1024 * 1024 : 64 * 1024;

    /// <summary>Whether the body is streamed to the endpoint and its digest checked as it is read, rather than buffered first.</summary>
    public bool StreamsBody => Body is RouteBody.StreamedUpload or RouteBody.ActivityFile;

    public override string ToString() => $"{Method} {Pattern}";
}
