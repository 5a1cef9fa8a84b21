using System.Text.RegularExpressions;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>The values a sample request fills into a route pattern's parameters.</summary>
public sealed record RouteValues(string TenantId, string AthleteId, string KeyId, string NewTenantId)
{
    /// <summary>The challenge team a membership sample names: the athlete's own unless the sample aims elsewhere (<see cref="RouteSample.Aim"/>).</summary>
    public string TeamId { get; init; } = OwnedChallenge.TeamId;

    /// <summary>Aimed at <paramref name="tenant"/>, its first key and the suite's athlete; a new tenant id for creation.</summary>
    public static RouteValues For(TestTenant tenant) =>
        new(tenant.Id, RouteSamples.AthleteId, tenant.KeyId, $"t-{Guid.NewGuid():N}"[..20]);

    public string Of(string parameter) => parameter switch
    {
        "tenantId" => TenantId,
        "athleteId" => AthleteId,
        "keyId" => KeyId,
        "date" => TestDates.Iso(TestDates.Today),
        "runId" => OwnedAthlete.RunId,
        "sessionId" => OwnedAthlete.StrengthSessionId,
        "measurementId" => OwnedAthlete.MeasurementId,
        "importId" => OwnedAthlete.ImportOf(TenantId),
        "challengeId" => OwnedChallenge.Id,
        "teamId" => TeamId,
        "erasureId" => "era-0000000000000000",
        "activityId" => OwnedAthlete.ActivityOf(TenantId),
        _ => throw new InvalidOperationException(
            $"No sample value for route parameter '{{{parameter}}}': add one to {nameof(RouteValues)}.{nameof(Of)}."),
    };
}

/// <summary>
/// A real request to one route: what the rightful caller sends and what it gets back. The path is the
/// route's own pattern with <see cref="RouteValues"/> filled in, so the sample always hits the route it names.
/// </summary>
/// <param name="Rightful">The answer to the route's rightful caller (tenant owner or platform admin).</param>
/// <param name="Body">The JSON body, for routes that take one.</param>
/// <param name="Query">A query string (with its <c>?</c>), e.g. a fixed <c>asOf</c>.</param>
/// <param name="Content">A body that is not JSON (a member file), for routes that take one.</param>
/// <param name="ChangesAthlete">
/// Whether the rightful request changes the owner's record (<see cref="OwnedAthlete.RecordAsync"/>) at once:
/// not imports, which work later, nor challenge memberships, which reach the leaderboard later.
/// </param>
/// <param name="Aim">Changes the values for this sample only, e.g. a move to the athlete's other team.</param>
public sealed partial record RouteSample(
    HttpStatusCode Rightful,
    Func<RouteValues, object>? Body = null,
    string Query = "",
    Func<HttpContent>? Content = null,
    bool ChangesAthlete = true,
    Func<RouteValues, RouteValues>? Aim = null)
{
    public HttpRequestMessage Request(ApiRoute route, RouteValues values)
    {
        var aimed = Aim?.Invoke(values) ?? values;
        var path = "/" + Parameter().Replace(route.Pattern, match => Uri.EscapeDataString(aimed.Of(match.Groups["name"].Value)));
        var request = new HttpRequestMessage(new HttpMethod(route.Method), path + Query);
        if (Body is not null)
        {
            request.Content = JsonContent.Create(Body(aimed));
        }
        else if (Content is not null)
        {
            request.Content = Content();
        }

        return request;
    }

    /// <summary>A route parameter such as <c>{athleteId}</c>, <c>{id:int}</c> or <c>{**rest}</c>.</summary>
    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
