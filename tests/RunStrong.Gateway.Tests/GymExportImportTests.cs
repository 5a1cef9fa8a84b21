using System.Text.Json;
using static RunStrong.Gateway.Tests.ImportsTests;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// A gym's own export (names, email, phone, birth date, gender; no body data) imported through the platform: every
/// member exists, coaching answers 409 naming what it still needs, and the athlete or a later import adds it.
/// </summary>
public sealed class GymExportImportTests(PlatformFixture fixture)
{
    private const string Export =
        "Member ID,First Name,Last Name,Email Address,Phone Number,Gender,Date of Birth,Membership Type,Join Date\r\n" +
        "g-101,Ana,Lopez,ana@example.com,+34 612 345 678,F,1990-04-03,Premium,2024-01-15\r\n" +
        "g-102,Sam,,sam@example.com,(020) 7946-0958,other,2001-12-31,Student,2025-09-01\r\n" +
        "g-103,,Kowalski,,,,,Basic,2025-03-03\r\n";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_member_of_a_gym_export_without_body_data_is_imported_and_shown()
    {
        var (client, tenant) = await GymAsync();

        var job = await ImportAsync(client, tenant, Export);
        var ana = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("g-101"), Cancel);
        var kowalski = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("g-103"), Cancel);

        Assert.Equal(("completed", 3L, 0L), (job.GetProperty("status").GetString(), job.GetProperty("created").GetInt64(), job.GetProperty("failed").GetInt64()));
        Assert.Equal(JsonValueKind.Null, ana.GetProperty("profile").ValueKind);
        var member = ana.GetProperty("member");
        Assert.Equal(
            ("g-101", "Ana", "Lopez", "ana@example.com", "+34 612 345 678"),
            (Text(member, "externalId"), Text(member, "firstName"), Text(member, "lastName"), Text(member, "email"), Text(member, "phone")));
        Assert.Equal(("", "Kowalski"), (Text(kowalski.GetProperty("member"), "firstName"), Text(kowalski.GetProperty("member"), "lastName")));
    }

    [Fact]
    public async Task Recommendations_and_plan_answer_409_naming_the_missing_fields_until_a_profile_is_put()
    {
        var (client, tenant) = await GymAsync();
        await ImportAsync(client, tenant, Export);
        var ana = tenant.AthletePath("g-101");

        using (var recommendations = await client.GetAsync($"{ana}/recommendations", Cancel))
        using (var plan = await client.GetAsync($"{ana}/plan", Cancel))
        {
            foreach (var problem in new[] { await AssertProblemAsync(recommendations, HttpStatusCode.Conflict), await AssertProblemAsync(plan, HttpStatusCode.Conflict) })
            {
                Assert.Equal(["heightCm", "weightKg"], problem.GetProperty("missing").EnumerateArray().Select(field => field.GetString()));
                Assert.Equal(["profile", "heightCm", "weightKg"], ErrorFields(problem));
                Assert.Contains("heightCm, weightKg", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }

        using var nothingKnown = await client.GetAsync($"{tenant.AthletePath("g-103")}/recommendations", Cancel);
        Assert.Equal(
            ["sex", "birthYear", "heightCm", "weightKg"],
            (await AssertProblemAsync(nothingKnown, HttpStatusCode.Conflict)).GetProperty("missing").EnumerateArray().Select(field => field.GetString()));

        (await client.PutAsJsonAsync(ana, Profile(), Cancel)).EnsureSuccessStatusCode();
        using var afterRecommendations = await client.GetAsync($"{ana}/recommendations", Cancel);
        using var afterPlan = await client.GetAsync($"{ana}/plan", Cancel);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (afterRecommendations.StatusCode, afterPlan.StatusCode));
    }

    [Fact]
    public async Task A_later_import_row_with_the_body_data_completes_the_profile_and_sex_other_coaches_on_the_midpoint()
    {
        var (client, tenant) = await GymAsync();
        await ImportAsync(client, tenant, Export);

        // A later file with the body data; like email, a phone it left out would count as removed by the gym.
        var job = await ImportAsync(client, tenant, "memberId,firstName,email,phone,gender,height_cm,weight_kg\ng-102,Sam,sam@example.com,(020) 7946-0958,other,172,68\n");
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("g-102"), Cancel);
        var report = await client.GetFromJsonAsync<JsonElement>($"{tenant.AthletePath("g-102")}/recommendations", Cancel);
        var plan = await client.GetFromJsonAsync<JsonElement>($"{tenant.AthletePath("g-102")}/plan", Cancel);

        Assert.Equal(1L, job.GetProperty("updated").GetInt64());
        var profile = athlete.GetProperty("profile");
        Assert.Equal(("other", 2001, 172.0, 68.0), (profile.GetProperty("sex").GetString(), profile.GetProperty("birthYear").GetInt32(), profile.GetProperty("heightCm").GetDouble(), profile.GetProperty("weightKg").GetDouble()));
        Assert.Equal("(020) 7946-0958", Text(athlete.GetProperty("member"), "phone"));
        Assert.Equal("midpoint", report.GetProperty("body").GetProperty("sexReference").GetString());
        Assert.Equal(17.15, report.GetProperty("body").GetProperty("medianFfmi").GetDouble(), 6);
        Assert.Contains("midpoint of the female and male values", Assert.Single(report.GetProperty("notes").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Single(plan.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task PUT_profile_takes_sex_other_and_unspecified()
    {
        var (client, tenant) = await GymAsync();

        using var other = await client.PutAsJsonAsync(tenant.AthletePath("o-1"), new { sex = "other", birthYear = 1990, heightCm = 170, weightKg = 65 }, Cancel);
        using var unspecified = await client.PutAsJsonAsync(tenant.AthletePath("u-1"), new { sex = "unspecified", birthYear = 1990, heightCm = 170, weightKg = 65 }, Cancel);
        using var refused = await client.PutAsJsonAsync(tenant.AthletePath("x-1"), new { sex = "F", birthYear = 1990, heightCm = 170, weightKg = 65 }, Cancel);

        Assert.Equal("other", (await other.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("sex").GetString());
        Assert.Equal("unspecified", (await unspecified.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("sex").GetString());
        Assert.Equal(["sex"], ErrorFields(await AssertProblemAsync(refused, HttpStatusCode.BadRequest)));
    }

    private static string? Text(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<(HttpClient Client, TestTenant Tenant)> GymAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, TestTenant tenant, string csv)
    {
        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", Csv(csv), Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());
        Assert.Equal("completed", job.GetProperty("status").GetString());
        return job;
    }
}
