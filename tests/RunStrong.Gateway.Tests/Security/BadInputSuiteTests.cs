using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// Bad bodies on every route that takes JSON (issue 4, item 6), the routes read from the silo's endpoint
/// list: each answers 4xx problem+json naming the bad field (never 5xx, never a bare body) and nothing stored
/// changes.
/// </summary>
public sealed class BadInputSuiteTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One row per JSON route and kind of bad input that applies to its body.</summary>
    public static async Task<IEnumerable<TheoryDataRow<ApiRoute, string>>> Cases()
    {
        var placeholder = new RouteValues("t-placeholder", RouteSamples.AthleteId, "k", "t-new");
        return (await ServedRoutes.AllAsync())
            .Where(route => route.TakesJsonBody)
            .SelectMany(route => BadInput.Kinds.Where(kind => Applies(route, kind, placeholder)).Select(kind => new TheoryDataRow<ApiRoute, string>(route, kind)))
            .ToList();
    }

    [Fact]
    public void Every_route_that_takes_json_has_a_valid_sample_body_and_bad_input_rules()
    {
        var json = ApiRoute.ServedBy(Platform.SiloServices).Where(route => route.TakesJsonBody).ToList();
        var missing = json
            .Where(route => !BodyRules.All.ContainsKey(route.Name) || RouteSamples.All.GetValueOrDefault(route.Name)?.Body is null)
            .Select(route => route.Name)
            .ToList();
        var stale = BodyRules.All.Keys.Where(name => json.All(route => route.Name != name)).ToList();

        Assert.True(json.Count > 0, "The silo's endpoint list shows no route that takes JSON: the discovery is broken.");
        Assert.True(missing.Count == 0, $"JSON routes without a sample body in {nameof(RouteSamples)} or rules in {nameof(BodyRules)}:\n{string.Join("\n", missing)}");
        Assert.True(stale.Count == 0, $"{nameof(BodyRules)} names routes that take no JSON body (or are gone):\n{string.Join("\n", stale)}");
    }

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public async Task Bad_input_answers_4xx_problem_json_and_changes_nothing(ApiRoute route, string kind)
    {
        using var target = await TargetAsync(route);
        var before = await target.ReadState();
        var failures = new List<string>();

        foreach (var input in BadInput.Of(kind, BadInput.ValidBody(route, target.Values), BodyRules.For(route)))
        {
            using var request = RouteSamples.Request(route, target.Values);
            request.Content = input.Content();
            using var response = await target.Client.SendAsync(request, Cancel);
            if (await Defect(response, input) is { } defect)
            {
                failures.Add($"{input}: {defect}");
            }
        }

        if (await target.ReadState() is var after && after != before)
        {
            failures.Add($"stored data changed:\nbefore: {before}\nafter:  {after}");
        }

        Assert.True(failures.Count == 0, $"{route}, {kind}:\n{string.Join("\n", failures)}");
    }

    private static bool Applies(ApiRoute route, string kind, RouteValues values)
    {
        if (!RouteSamples.All.TryGetValue(route.Name, out var sample) || sample.Body is null || !BodyRules.All.TryGetValue(route.Name, out var rules))
        {
            return true; // the case fails, naming what is missing
        }

        return BadInput.Of(kind, BadInput.ValidBody(route, values), rules).Count > 0;
    }

    /// <summary>What is wrong with the answer to a bad input, or null if it is the expected problem.</summary>
    private static async Task<string?> Defect(HttpResponseMessage response, BadInput input)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var shown = $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType ?? "(no content type)"} {Excerpt(body)}";
        if (response.StatusCode != input.Expected)
        {
            return $"expected {(int)input.Expected}, got {shown}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"not problem+json: {shown}";
        }

        using var problem = JsonDocument.Parse(body);
        if (!problem.RootElement.TryGetProperty("status", out var status) || status.GetInt32() != (int)input.Expected)
        {
            return $"problem status does not match: {shown}";
        }

        if (input.Field is not null
            && (!problem.RootElement.TryGetProperty("errors", out _) || !ErrorFields(problem.RootElement).Contains(input.Field)))
        {
            return $"does not name '{input.Field}': {shown}";
        }

        return null;
    }

    private static string Excerpt(string body) => body.Length <= 300 ? body : $"{body[..300]}…";

    /// <summary>
    /// Who sends the bad inputs and what must stay unchanged: for tenant routes the owner of an athlete in a tenant
    /// of the route's kind (a club for challenges, whose record holds its challenges), for admin routes the tenant.
    /// </summary>
    private async Task<Target> TargetAsync(ApiRoute route)
    {
        if (route.IsTenantRoute)
        {
            var athlete = await OwnedAthlete.CreateAsync(Platform, route.OwnerKind);
            return new Target(athlete.Owner, RouteValues.For(athlete.Tenant), () => athlete.RecordAsync(), athlete);
        }

        var admin = Platform.AdminClient();
        var values = RouteValues.For(await Platform.CreateTenantAsync());
        return new Target(admin, values, () => TenantRecord.ReadAsync(admin, values), admin);
    }

    /// <summary>The client that sends the bad inputs, the values they aim at and a read of what must not change.</summary>
    private sealed record Target(HttpClient Client, RouteValues Values, Func<Task<string>> ReadState, IDisposable Owned) : IDisposable
    {
        public void Dispose() => Owned.Dispose();
    }
}
