using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RunStrong.Testing;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>
/// Test data put in through the API, as an integration would, and the browser steps every journey shares. Each test
/// makes a tenant of its own, so tests never see each other's members.
/// </summary>
public static partial class EndToEndData
{
    public const string TimeZone = "Europe/Oslo";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static EndToEndData() =>
        // Two cores run the platform, the browser and parallel tests: leave the server room to answer.
        Assertions.SetDefaultExpectTimeout(15_000);

    /// <summary>The gateway's address without a trailing slash, the browser's base URL.</summary>
    public static string BaseUrl(InProcessPlatform platform) => platform.GatewayAddress.ToString().TrimEnd('/');

    /// <summary>Creates the athlete's profile (with body fat) and names the member, with an email.</summary>
    public static async Task AddMemberAsync(HttpClient api, TestTenant tenant, string athleteId, string firstName, string lastName, double weightKg = 64)
    {
        var profile = new { sex = "female", birthYear = 1988, heightCm = 170, weightKg, bodyFatPercent = 24.0, bodyFatMethod = "bia", timeZone = TimeZone };
        (await api.PutAsJsonAsync(tenant.AthletePath(athleteId), profile, Cancel)).EnsureSuccessStatusCode();
        (await api.PatchAsJsonAsync($"{tenant.AthletePath(athleteId)}/member", new { firstName, lastName, email = $"{athleteId}@members.example" }, Cancel)).EnsureSuccessStatusCode();
    }

    public static async Task AddRunAsync(HttpClient api, TestTenant tenant, string athleteId, int daysAgo, double km, double minutes, string kind)
    {
        var run = new { startedAt = TestDates.MorningOf(TestDates.DaysAgo(daysAgo)), distanceKm = km, durationMin = minutes, kind };
        (await api.PostAsJsonAsync($"{tenant.AthletePath(athleteId)}/runs", run, Cancel)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Four weeks of a realistic runner: four runs a week (one tempo, one long), a leg session a week, food logged on
    /// most days, and a weekly weigh-in with body fat, drifting down.
    /// </summary>
    public static async Task AddTrainingHistoryAsync(HttpClient api, TestTenant tenant, string athleteId)
    {
        var path = tenant.AthletePath(athleteId);
        for (var week = 0; week < 4; week++)
        {
            var monday = 27 - (7 * week);
            await AddRunAsync(api, tenant, athleteId, monday - 1, 7 + week * 0.5, 42 + week * 2, "easy");
            await AddRunAsync(api, tenant, athleteId, monday - 2, 8, 40, "tempo");
            await AddRunAsync(api, tenant, athleteId, monday - 4, 6, 37, "easy");
            await AddRunAsync(api, tenant, athleteId, monday - 6, 14 + week, 85 + week * 6, "long");
            var legs = new
            {
                startedAt = TestDates.MorningOf(TestDates.DaysAgo(monday - 3)),
                durationMin = 40,
                rpe = 7,
                exercises = new[] { new { name = "back squat", muscleGroups = new[] { "quads", "glutes" }, sets = 4, reps = 8, loadKg = 50 } },
            };
            (await api.PostAsJsonAsync($"{path}/strength-sessions", legs, Cancel)).EnsureSuccessStatusCode();
            var measurement = new { date = TestDates.Iso(TestDates.DaysAgo(monday)), weightKg = 65.2 - week * 0.4, bodyFatPercent = 25.0 - week * 0.3, bodyFatMethod = "bia" };
            (await api.PostAsJsonAsync($"{path}/measurements", measurement, Cancel)).EnsureSuccessStatusCode();
        }

        for (var day = 1; day <= 20; day++)
        {
            if (day % 6 == 0)
            {
                continue;
            }

            var food = new { caloriesKcal = 2100 + (day % 4) * 120, proteinG = 85 + (day % 5) * 8, carbsG = 260 + (day % 3) * 30, fatG = 70 };
            (await api.PutAsJsonAsync($"{path}/nutrition/{TestDates.Iso(TestDates.DaysAgo(day))}", food, Cancel)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Fills the sign-in form with <paramref name="key"/> and submits it, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/app/");
        await page.Locator("#key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInAddress());
        // Pages' scripts are deferred: they run before the load event.
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>The sign-in page, with or without a query (returnUrl, problem).</summary>
    [GeneratedRegex(@"/app/(\?.*)?$")]
    public static partial Regex SignInAddress();

    /// <summary>Issues a sign-in link for the athlete through the API: (keyId, signInUrl).</summary>
    public static async Task<IssuedKey> IssueAthleteKeyAsync(HttpClient api, TestTenant tenant, string athleteId)
    {
        using var issued = await api.PostAsync($"{tenant.AthletePath(athleteId)}/keys", content: null, Cancel);
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<IssuedKey>(Cancel))!;
    }

    /// <summary>The page's "Runs, 7 days"-style figure: the dd after the dt with that text.</summary>
    public static ILocator Stat(IPage page, string term) =>
        page.Locator("dl.stats > div").Filter(new() { Has = page.Locator("dt", new() { HasText = term }) }).Locator("dd");

    public sealed record IssuedKey(string KeyId, string ApiKey, string SignInUrl);
}
