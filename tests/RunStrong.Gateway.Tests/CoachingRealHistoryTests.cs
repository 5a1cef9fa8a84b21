using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// The worst findings of the coaching audit, sent as an athlete would through the gateway: weigh-ins a fortnight
/// apart, and a typo on the scale followed by the correct reading.
/// </summary>
public sealed class CoachingRealHistoryTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Weigh_ins_a_fortnight_apart_that_fall_1_6_percent_a_week_refer_to_a_dietitian()
    {
        var athlete = await AthleteAsync();
        foreach (var (ago, kg) in new[] { (42, 76.0), (28, 73.7), (14, 71.4), (1, 69.3) })
        {
            await WeighAsync(athlete, ago, kg);
        }

        var report = await RecommendationsAsync(athlete);

        var refer = Recommendation(report, "REFER_DIETITIAN");
        Assert.Contains("falling 1.6 % a week", refer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(27, report.GetProperty("trend").GetProperty("massTrendDays").GetInt32());
        Recommendation(report, "PROTEIN_IN_DEFICIT");
    }

    [Fact]
    public async Task A_typo_on_the_scale_is_flagged_and_the_correct_reading_after_it_is_kept()
    {
        var athlete = await AthleteAsync();
        foreach (var (ago, kg) in new[] { (21, 70.0), (14, 70.0), (7, 70.0), (1, 63.0), (0, 70.0) })
        {
            await WeighAsync(athlete, ago, kg);
        }

        var report = await RecommendationsAsync(athlete);

        var flagged = Recommendation(report, "MEASUREMENT_IMPLAUSIBLE");
        Assert.Contains($"measurement of {TestDates.Iso(TestDates.DaysAgo(1))} (63.0 kg)", flagged.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(70, report.GetProperty("body").GetProperty("bodyMassKg").GetDouble());
        Assert.DoesNotContain(report.GetProperty("recommendations").EnumerateArray(), r => r.GetProperty("code").GetString() == "REFER_DIETITIAN");
    }

    private static JsonElement Recommendation(JsonElement report, string code) =>
        Assert.Single(report.GetProperty("recommendations").EnumerateArray(), r => r.GetProperty("code").GetString() == code);

    private async Task<(HttpClient Client, string Path)> AthleteAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        var client = fixture.Platform.TenantClient(tenant.ApiKey);
        var path = tenant.AthletePath("ana");
        (await client.PutAsJsonAsync(path, Profile(weightKg: 70), Cancel)).EnsureSuccessStatusCode();
        return (client, path);
    }

    private static async Task WeighAsync((HttpClient Client, string Path) athlete, int daysAgo, double kg)
    {
        var body = new { date = TestDates.Iso(TestDates.DaysAgo(daysAgo)), weightKg = kg };
        (await athlete.Client.PostAsJsonAsync(athlete.Path + "/measurements", body, Cancel)).EnsureSuccessStatusCode();
    }

    private static Task<JsonElement> RecommendationsAsync((HttpClient Client, string Path) athlete) =>
        athlete.Client.GetFromJsonAsync<JsonElement>($"{athlete.Path}/recommendations?asOf={TestDates.Iso(TestDates.Today)}", Cancel);
}
