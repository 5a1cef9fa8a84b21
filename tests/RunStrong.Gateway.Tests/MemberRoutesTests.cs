using System.Text.Json;
using static RunStrong.Gateway.Tests.ImportsTests;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>A member's identity through the gateway: what an import brought, staff's edits, and re-imports after them.</summary>
public sealed class MemberRoutesTests(PlatformFixture fixture)
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";
    private const string Ana = "m-1,Ana,Lopez,ana@example.com,female,1990,168,60,maintain";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_imported_member_shows_in_the_athlete_with_the_files_name_and_email()
    {
        var (client, tenant) = await GymWithAnaAsync();

        var member = await MemberOfAsync(client, tenant, "m-1");

        Assert.Equal(("m-1", "Ana", "Lopez", "ana@example.com"), Fields(member));
    }

    [Fact]
    public async Task An_athlete_no_import_created_shows_no_member()
    {
        var (client, tenant) = await NewTenantClientAsync("club");
        (await client.PutAsJsonAsync(tenant.AthletePath("bo"), Profile(), Cancel)).EnsureSuccessStatusCode();

        var member = await MemberOfAsync(client, tenant, "bo");

        Assert.Equal(JsonValueKind.Null, member.ValueKind);
    }

    [Fact]
    public async Task Patching_the_email_answers_the_member_and_the_athlete_shows_it_with_the_names_unchanged()
    {
        var (client, tenant) = await GymWithAnaAsync();

        using var patch = await client.PatchAsJsonAsync(MemberPath(tenant, "m-1"), new { email = "ana.lopez@example.org" }, Cancel);
        var answered = await patch.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var member = await MemberOfAsync(client, tenant, "m-1");

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(("m-1", "Ana", "Lopez", "ana.lopez@example.org"), Fields(answered));
        Assert.Equal(Fields(answered), Fields(member));
    }

    [Fact]
    public async Task A_patch_sent_as_merge_patch_json_is_taken_like_json()
    {
        var (client, tenant) = await GymWithAnaAsync();
        using var body = new StringContent("{\"lastName\":\"López\"}", System.Text.Encoding.UTF8, "application/merge-patch+json");

        using var patch = await client.PatchAsync(MemberPath(tenant, "m-1"), body, Cancel);

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(("m-1", "Ana", "López", "ana@example.com"), Fields(await MemberOfAsync(client, tenant, "m-1")));
    }

    [Fact]
    public async Task An_email_sent_as_null_is_removed()
    {
        var (client, tenant) = await GymWithAnaAsync();

        using var patch = await client.PatchAsJsonAsync(MemberPath(tenant, "m-1"), new { email = (string?)null }, Cancel);
        var member = await MemberOfAsync(client, tenant, "m-1");

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(("m-1", "Ana", "Lopez", null), Fields(member));
    }

    public static TheoryData<string, Dictionary<string, string?>> RefusedEdits => new()
    {
        { "email", new() { ["email"] = "ana.example.com" } },
        { "firstName", new() { ["firstName"] = null, ["lastName"] = "   " } },
        { "lastName", new() { ["lastName"] = new string('x', 101) } },
    };

    [Theory]
    [MemberData(nameof(RefusedEdits))]
    public async Task A_value_the_import_would_refuse_answers_400_naming_the_field_and_changes_nothing(string field, Dictionary<string, string?> body)
    {
        var (client, tenant) = await GymWithAnaAsync();
        var before = await MemberOfAsync(client, tenant, "m-1");

        using var patch = await client.PatchAsJsonAsync(MemberPath(tenant, "m-1"), body, Cancel);

        Assert.Equal([field], ErrorFields(await AssertProblemAsync(patch, HttpStatusCode.BadRequest)));
        Assert.Equal(Fields(before), Fields(await MemberOfAsync(client, tenant, "m-1")));
    }

    [Fact]
    public async Task One_name_may_be_removed_while_the_other_remains()
    {
        var (client, tenant) = await GymWithAnaAsync();

        using var patch = await client.PatchAsJsonAsync(MemberPath(tenant, "m-1"), new { lastName = (string?)null }, Cancel);

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(("m-1", "Ana", "", "ana@example.com"), Fields(await MemberOfAsync(client, tenant, "m-1")));
    }

    [Fact]
    public async Task Patching_an_unknown_athlete_answers_404()
    {
        var (client, tenant) = await GymWithAnaAsync();

        using var patch = await client.PatchAsJsonAsync(MemberPath(tenant, "nobody"), new { firstName = "No", lastName = "Body" }, Cancel);

        await AssertProblemAsync(patch, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patching_another_tenants_athlete_answers_404_and_changes_nothing()
    {
        var (owner, tenant) = await GymWithAnaAsync();
        var (intruder, other) = await NewTenantClientAsync("gym");

        using var theirPath = await intruder.PatchAsJsonAsync(MemberPath(tenant, "m-1"), new { email = "mallory@example.com" }, Cancel);
        using var ownPath = await intruder.PatchAsJsonAsync(MemberPath(other, "m-1"), new { email = "mallory@example.com" }, Cancel);

        await AssertProblemAsync(theirPath, HttpStatusCode.NotFound);
        await AssertProblemAsync(ownPath, HttpStatusCode.NotFound);
        Assert.Equal("ana@example.com", (await MemberOfAsync(owner, tenant, "m-1")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_athlete_no_import_created_gets_a_member_without_an_external_id_from_a_patch_with_a_name()
    {
        var (client, tenant) = await NewTenantClientAsync("club");
        (await client.PutAsJsonAsync(tenant.AthletePath("bo"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var withoutNames = await client.PatchAsJsonAsync(MemberPath(tenant, "bo"), new { email = "bo@example.com" }, Cancel);
        using var withNames = await client.PatchAsJsonAsync(MemberPath(tenant, "bo"), new { firstName = "Bo", lastName = "Smith" }, Cancel);

        Assert.Equal(["firstName"], ErrorFields(await AssertProblemAsync(withoutNames, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.OK, withNames.StatusCode);
        Assert.Equal((null, "Bo", "Smith", null), Fields(await MemberOfAsync(client, tenant, "bo")));
    }

    [Fact]
    public async Task A_reimport_keeps_an_edit_the_file_did_not_change_and_takes_a_change_it_made()
    {
        var (client, tenant) = await GymWithAnaAsync();
        (await client.PatchAsJsonAsync(MemberPath(tenant, "m-1"), new { firstName = "Anna", email = "anna@example.org" }, Cancel)).EnsureSuccessStatusCode();

        var same = await ImportAsync(client, tenant, $"{Header}\n{Ana}\n");
        var afterSame = await MemberOfAsync(client, tenant, "m-1");
        var moved = await ImportAsync(client, tenant, $"{Header}\n{Ana.Replace("ana@example.com", "ana@new-gym.example", StringComparison.Ordinal)}\n");
        var afterMoved = await MemberOfAsync(client, tenant, "m-1");

        Assert.Equal(1L, same.GetProperty("unchanged").GetInt64());
        Assert.Equal(("m-1", "Anna", "Lopez", "anna@example.org"), Fields(afterSame));
        Assert.Equal(1L, moved.GetProperty("updated").GetInt64());
        Assert.Equal(("m-1", "Anna", "Lopez", "ana@new-gym.example"), Fields(afterMoved));
    }

    private static string MemberPath(TestTenant tenant, string athleteId) => tenant.AthletePath(athleteId) + "/member";

    private static (string?, string?, string?, string?) Fields(JsonElement member) =>
        (Text(member, "externalId"), Text(member, "firstName"), Text(member, "lastName"), Text(member, "email"));

    private static string? Text(JsonElement member, string field) =>
        member.ValueKind == JsonValueKind.Object && member.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static async Task<JsonElement> MemberOfAsync(HttpClient client, TestTenant tenant, string athleteId)
    {
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath(athleteId), Cancel);
        return athlete.TryGetProperty("member", out var member) ? member : default;
    }

    private async Task<(HttpClient Client, TestTenant Tenant)> GymWithAnaAsync()
    {
        var (client, tenant) = await NewTenantClientAsync("gym");
        var job = await ImportAsync(client, tenant, $"{Header}\n{Ana}\n");
        Assert.Equal(1L, job.GetProperty("created").GetInt64());
        return (client, tenant);
    }

    private async Task<(HttpClient Client, TestTenant Tenant)> NewTenantClientAsync(string kind)
    {
        var tenant = await fixture.Platform.CreateTenantAsync(kind);
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
