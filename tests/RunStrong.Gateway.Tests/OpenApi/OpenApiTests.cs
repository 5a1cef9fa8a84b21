using System.Text.Json;
using System.Text.Json.Nodes;
using RunStrong.Contracts.Routes;
using RunStrong.Gateway.Authentication;
using RunStrong.Web.Sessions;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>
/// The gateway serves the OpenAPI description of the whole API at /openapi/v1.json, without a key, as a document a
/// client can use: the gateway as its server, each operation named by its route and secured as its route rule says.
/// </summary>
public sealed class OpenApiTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_lists_the_athlete_and_admin_routes_without_needing_a_key()
    {
        using var anonymous = fixture.Platform.Gateway();

        var document = await anonymous.GetFromJsonAsync<JsonElement>(ServedOpenApiDocument.Path, Cancel);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Contains("/api/t/{tenantId}/athletes/{athleteId}/runs", paths);
        Assert.Contains("/api/t/{tenantId}/athletes/{athleteId}/recommendations", paths);
        Assert.Contains("/api/admin/tenants", paths);
    }

    [Fact]
    public async Task Only_the_document_is_public_other_unsigned_silo_paths_stay_closed()
    {
        using var direct = fixture.Platform.SiloDirect();

        using var document = await direct.GetAsync(ServedOpenApiDocument.Path, Cancel);
        using var admin = await direct.GetAsync("/api/admin/tenants", Cancel);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, admin.StatusCode);
    }

    [Fact]
    public async Task The_server_is_the_gateway_not_the_silo()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);

        var servers = document["servers"]!.AsArray();
        var server = Assert.Single(servers)!["url"]!.GetValue<string>();
        Assert.Equal(fixture.Platform.GatewayAddress.GetLeftPart(UriPartial.Authority), server);
        Assert.False(server.EndsWith('/'), server);
        Assert.Equal("RunStrong API", document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_declared_route_is_one_operation_named_by_its_rule()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);

        var operations = ServedOpenApiDocument.Operations(document)
            .Select(entry => (Id: entry.Operation["operationId"]?.GetValue<string>(), Route: $"{entry.Method.ToUpperInvariant()} {entry.Path.TrimStart('/')}"))
            .ToList();

        // The document describes the API, not itself: its own route is the one rule it does not list.
        var declared = ApiRoutes.All.Where(rule => rule != ApiRoutes.Platform.GetOpenApiDocument).ToList();
        Assert.Equal(declared.Select(rule => rule.Name).Order(StringComparer.Ordinal), operations.Select(operation => operation.Id).Order(StringComparer.Ordinal));
        Assert.All(operations, operation => Assert.Equal(ApiRoutes.Named(operation.Id!)!.ToString(), operation.Route));
    }

    [Fact]
    public async Task Every_operation_asks_for_exactly_the_credentials_its_rule_admits()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);

        Assert.All(ServedOpenApiDocument.Operations(document), entry =>
        {
            var rule = ApiRoutes.Named(entry.Operation["operationId"]!.GetValue<string>())!;
            var security = entry.Operation["security"]?.AsArray();
            Assert.NotNull(security);
            var alternatives = security.Select(requirement => string.Join('+', requirement!.AsObject().Select(scheme => scheme.Key))).Order(StringComparer.Ordinal);
            Assert.Equal(ExpectedSchemes(rule).Order(StringComparer.Ordinal), alternatives);
        });
    }

    [Fact]
    public async Task The_security_schemes_name_the_headers_and_cookie_the_gateway_reads()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);

        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        AssertScheme(schemes, "staffKey", "header", RequestHeaders.ApiKey);
        AssertScheme(schemes, "athleteKey", "header", RequestHeaders.ApiKey);
        AssertScheme(schemes, "adminKey", "header", RequestHeaders.AdminKey);
        AssertScheme(schemes, "browserSession", "cookie", WebSessionCookie.Name);
        Assert.Contains(WebSessionCookie.CsrfHeader, schemes["browserSession"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_is_described_and_lists_its_errors_as_problem_details()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);
        var sharedResponses = document["components"]!["responses"]!.AsObject();

        Assert.All(ServedOpenApiDocument.Operations(document), entry =>
        {
            var name = entry.Operation["operationId"]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(entry.Operation["summary"]?.GetValue<string>()), $"{name} has no summary.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Operation["description"]?.GetValue<string>()), $"{name} has no description.");
            var errors = entry.Operation["responses"]!.AsObject().Where(response => response.Key.StartsWith('4') || response.Key.StartsWith('5')).ToList();
            Assert.Contains(errors, response => response.Key == "429");
            Assert.All(errors, response =>
            {
                var reference = response.Value!["$ref"]?.GetValue<string>() ?? "";
                Assert.StartsWith("#/components/responses/", reference, StringComparison.Ordinal);
                var shared = sharedResponses[reference["#/components/responses/".Length..]]!;
                Assert.Equal("#/components/schemas/ProblemDetails", shared["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
            });
        });
    }

    [Fact]
    public async Task Routes_with_a_body_list_its_limits_and_routes_with_ids_list_404()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);

        Assert.All(ServedOpenApiDocument.Operations(document), entry =>
        {
            var rule = ApiRoutes.Named(entry.Operation["operationId"]!.GetValue<string>())!;
            var statuses = entry.Operation["responses"]!.AsObject().Select(response => response.Key).ToHashSet();
            var takesBody = entry.Operation["requestBody"] is not null || rule.StreamsBody;
            Assert.Equal(takesBody, statuses.Contains("413"));
            Assert.Equal(takesBody, statuses.Contains("415"));
            Assert.Equal(rule.Pattern.Contains('{', StringComparison.Ordinal), statuses.Contains("404"));
            Assert.True(statuses.Contains("401") && statuses.Contains("403"), rule.Name);
        });
    }

    [Fact]
    public async Task Every_tag_and_path_parameter_is_described()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);

        Assert.All(document["tags"]!.AsArray(), tag => Assert.False(string.IsNullOrWhiteSpace(tag!["description"]?.GetValue<string>()), tag!.ToJsonString()));
        Assert.All(ServedOpenApiDocument.Operations(document), entry =>
            Assert.All((entry.Operation["parameters"]?.AsArray() ?? []).Where(parameter => parameter!["in"]!.GetValue<string>() == "path"),
                parameter => Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()), $"{entry.Path} {parameter!["name"]}")));
    }

    [Fact]
    public async Task Fields_a_caller_may_leave_out_are_not_required_while_responses_keep_theirs()
    {
        var document = await ServedOpenApiDocument.ReadAsync(fixture.Platform, Cancel);
        var schemas = document["components"]!["schemas"]!.AsObject();

        // docs/API.md: a run's rpe and heart rate are optional, validation decides on the rest and names it in a 400.
        var runInput = Required(schemas, "RunInput");
        Assert.DoesNotContain("avgHeartRate", runInput);
        Assert.DoesNotContain("rpe", runInput);
        Assert.DoesNotContain("dailyCap", Required(schemas, "ChallengeInput"));
        Assert.DoesNotContain("carbsG", Required(schemas, "MealInput"));

        // A response writes every field, null included: there the list stays whole.
        var run = Required(schemas, "Run");
        Assert.Contains("distanceKm", run);
        Assert.Contains("avgHeartRate", run);
    }

    private static List<string> Required(JsonObject schemas, string name) =>
        schemas[name]!["required"]?.AsArray().Select(field => field!.GetValue<string>()).ToList() ?? [];

    /// <summary>One alternative per kind of caller, written independently of the silo's transformer.</summary>
    private static IEnumerable<string> ExpectedSchemes(RouteRule rule) =>
        new (CallerKinds Callers, string Scheme)[]
        {
            (CallerKinds.TenantStaff, "staffKey"),
            (CallerKinds.Athlete, "athleteKey"),
            (CallerKinds.TenantStaff | CallerKinds.Athlete, "browserSession"),
            (CallerKinds.Admin, "adminKey"),
        }.Where(entry => rule.Admits(entry.Callers)).Select(entry => entry.Scheme);

    private static void AssertScheme(JsonObject schemes, string id, string location, string name)
    {
        var scheme = schemes[id]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal(location, scheme["in"]!.GetValue<string>());
        Assert.Equal(name, scheme["name"]!.GetValue<string>());
    }
}
