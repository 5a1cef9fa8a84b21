using System.Text.Json;

namespace RunStrong.Gateway.Tests;

/// <summary>The gateway serves the OpenAPI description of the whole API at /openapi/v1.json, without a key.</summary>
public sealed class OpenApiTests(PlatformFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_the_athlete_and_admin_routes_without_needing_a_key()
    {
        using var anonymous = fixture.Platform.Gateway();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

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

        using var document = await direct.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        using var admin = await direct.GetAsync("/api/admin/tenants", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, admin.StatusCode);
    }
}
