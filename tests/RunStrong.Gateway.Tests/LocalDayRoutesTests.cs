using System.Globalization;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>"A day" through the API is the athlete's local calendar day, set by the profile's <c>timeZone</c>.</summary>
public sealed class LocalDayRoutesTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_profile_stores_the_canonical_IANA_time_zone_and_echoes_it()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");

        using var put = await client.PutAsJsonAsync(athlete, ProfileIn("australia/sydney"), Cancel);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync(Cancel));
        var stored = await put.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var read = await client.GetFromJsonAsync<JsonElement>(athlete, Cancel);

        Assert.Equal("Australia/Sydney", stored.GetProperty("timeZone").GetString());
        Assert.Equal("Australia/Sydney", read.GetProperty("profile").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_profile_without_a_time_zone_is_in_UTC()
    {
        var (client, tenant) = await NewTenantClientAsync();

        var stored = await (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal("UTC", stored.GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("AUS Eastern Standard Time")]
    [InlineData("+10:00")]
    public async Task An_unknown_time_zone_is_refused_naming_timeZone_and_nothing_is_stored(string timeZone)
    {
        var (client, tenant) = await NewTenantClientAsync();

        using var response = await client.PutAsJsonAsync(tenant.AthletePath("ana"), ProfileIn(timeZone), Cancel);
        using var read = await client.GetAsync(tenant.AthletePath("ana"), Cancel);

        Assert.Equal(["timeZone"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task A_run_counts_on_the_athletes_local_date_and_the_defaults_are_their_local_today_and_week()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        var (zoneId, zone) = ZoneWhoseDateIsNotUtcs(DateTimeOffset.UtcNow);
        (await client.PutAsJsonAsync(athlete, ProfileIn(zoneId), Cancel)).EnsureSuccessStatusCode();
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);

        // A run on the athlete's today whose UTC date is another day: 06:30 at +14 is 16:30 UTC the day before,
        // 13:30 at -11 is 00:30 UTC the day after.
        var localStart = localToday.ToDateTime(zone.BaseUtcOffset > TimeSpan.Zero ? new TimeOnly(6, 30) : new TimeOnly(13, 30));
        var startedAt = new DateTimeOffset(localStart, zone.GetUtcOffset(localStart));
        Assert.NotEqual(localToday, DateOnly.FromDateTime(startedAt.UtcDateTime));
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-1", startedAt.ToString("o", CultureInfo.InvariantCulture)), Cancel)).EnsureSuccessStatusCode();

        var overview = await client.GetFromJsonAsync<JsonElement>(athlete, Cancel);
        var onLocalToday = await client.GetFromJsonAsync<JsonElement>($"{athlete}?asOf={TestDates.Iso(localToday)}", Cancel);
        var report = await client.GetFromJsonAsync<JsonElement>($"{athlete}/recommendations", Cancel);
        var plan = await client.GetStringAsync($"{athlete}/plan", Cancel);

        var summary = overview.GetProperty("summary");
        Assert.Equal(TestDates.Iso(localToday), summary.GetProperty("asOf").GetString());
        Assert.Equal(1, summary.GetProperty("last7Days").GetProperty("runs").GetInt32());
        Assert.Equal(1, onLocalToday.GetProperty("summary").GetProperty("last7Days").GetProperty("runs").GetInt32());
        Assert.Equal(TestDates.Iso(localToday), report.GetProperty("asOf").GetString());
        Assert.Equal(1, report.GetProperty("training").GetProperty("runs").GetInt32());
        Assert.Equal(
            (await client.GetStringAsync($"{athlete}/plan?weekOf={TestDates.Iso(MondayOf(localToday))}", Cancel)),
            plan);

        // The default plan is the athlete's local week, planned from today: today shows the run as done.
        using var week = JsonDocument.Parse(plan);
        Assert.Equal(TestDates.Iso(MondayOf(localToday)), week.RootElement.GetProperty("startsOn").GetString());
        var onToday = week.RootElement.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == TestDates.Iso(localToday));
        Assert.Contains(onToday.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("status").GetString() == "done" && s.GetProperty("kind").GetString() == "easyRun");
    }

    /// <summary>
    /// A zone whose date differs from UTC's now, half an hour from either edge so a slow test cannot cross
    /// midnight: Kiritimati (UTC+14) from 10:30 UTC, Pago Pago (UTC-11) before.
    /// </summary>
    private static (string Id, TimeZoneInfo Zone) ZoneWhoseDateIsNotUtcs(DateTimeOffset utcNow)
    {
        var id = utcNow.TimeOfDay >= new TimeSpan(10, 30, 0) ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
        return (id, TimeZoneInfo.FindSystemTimeZoneById(id));
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static object ProfileIn(string timeZone) => new
    {
        sex = "female", birthYear = 1990, heightCm = 172, weightKg = 64.5, bodyFatPercent = 18, bodyFatMethod = "bia",
        runningExperienceMonths = 30, goal = "maintain", phase = "base", timeZone,
    };

    private async Task<(HttpClient Client, TestTenant Tenant)> NewTenantClientAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
