using System.Globalization;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Athletes;

public sealed class LocalCalendarTests
{
    private static readonly LocalCalendar Sydney = LocalCalendar.For("Australia/Sydney");
    private static readonly LocalCalendar LosAngeles = LocalCalendar.For("America/Los_Angeles");
    private static readonly LocalCalendar Oslo = LocalCalendar.For("Europe/Oslo");

    [Fact]
    public void The_silo_knows_IANA_zones() =>
        Assert.Equal("Australia/Sydney", TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney").Id);

    [Fact]
    public void A_0630_run_in_Sydney_is_on_the_Sydney_date_not_the_previous_UTC_date()
    {
        // 2026-11-24 19:30 UTC is 2026-11-25 06:30 in Sydney (AEDT, UTC+11).
        var startedAt = new DateTimeOffset(2026, 11, 24, 19, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 25), Sydney.DayOf(startedAt));
        Assert.Equal(new DateOnly(2026, 11, 24), LocalCalendar.Utc.DayOf(startedAt));
    }

    [Fact]
    public void A_run_just_before_midnight_in_Los_Angeles_is_on_that_date_not_the_next_UTC_date()
    {
        var startedAt = new DateTimeOffset(2026, 11, 25, 23, 50, 0, TimeSpan.FromHours(-8));

        Assert.Equal(new DateOnly(2026, 11, 25), LosAngeles.DayOf(startedAt));
        Assert.Equal(new DateOnly(2026, 11, 26), LocalCalendar.Utc.DayOf(startedAt));
    }

    [Theory]
    [InlineData("2026-03-28T22:59:00Z", "2026-03-28")] // 23:59 CET, the night clocks go forward
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29")] // 00:00 CET
    [InlineData("2026-03-29T21:59:00Z", "2026-03-29")] // 23:59 CEST on the 23-hour day
    [InlineData("2026-03-29T22:00:00Z", "2026-03-30")] // 00:00 CEST
    [InlineData("2026-10-24T21:59:00Z", "2026-10-24")] // 23:59 CEST, the night clocks go back
    [InlineData("2026-10-24T22:00:00Z", "2026-10-25")] // 00:00 CEST
    [InlineData("2026-10-25T22:59:00Z", "2026-10-25")] // 23:59 CET on the 25-hour day
    [InlineData("2026-10-25T23:00:00Z", "2026-10-26")] // 00:00 CET
    public void Oslo_days_follow_daylight_saving_on_transition_days(string instant, string day) =>
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), Oslo.DayOf(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Australia/Sydney")]
    [InlineData("Europe/Oslo")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Australia/Lord_Howe")] // half-hour daylight saving
    [InlineData("Pacific/Chatham")] // +12:45 / +13:45
    [InlineData("Asia/Kolkata")]
    public void Every_quarter_hour_of_a_year_maps_to_the_date_TimeZoneInfo_gives(string zoneId)
    {
        var calendar = LocalCalendar.For(zoneId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        for (var instant = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero); instant.Year == 2026; instant = instant.AddMinutes(15))
        {
            Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime), calendar.DayOf(instant));
        }
    }

    [Fact]
    public void Today_is_the_local_date_of_the_clock()
    {
        // Sunday 14:00 UTC is already Monday 01:00 in Sydney.
        var utcNow = new DateTimeOffset(2026, 11, 29, 14, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 30), Sydney.Today(utcNow));
        Assert.Equal(new DateOnly(2026, 11, 29), LocalCalendar.Utc.Today(utcNow));
    }

    [Fact]
    public void At_14_00_UTC_on_a_Sunday_it_is_already_Monday_in_Sydney_so_the_default_plan_week_is_the_new_week()
    {
        var utcNow = new DateTimeOffset(2026, 11, 29, 14, 0, 0, TimeSpan.Zero); // a Sunday in UTC

        Assert.Equal(new DateOnly(2026, 11, 30), WeeklyTotals.WeekStarting(Sydney.Today(utcNow)));
        Assert.Equal(new DateOnly(2026, 11, 23), WeeklyTotals.WeekStarting(LocalCalendar.Utc.Today(utcNow)));
    }

    [Fact]
    public void Each_zone_has_one_shared_calendar_and_UTC_is_the_default()
    {
        Assert.Same(Sydney, LocalCalendar.For("Australia/Sydney"));
        Assert.Same(LocalCalendar.Utc, LocalCalendar.For("UTC"));
        Assert.Same(LocalCalendar.Utc, AthleteBuilder.Man.Calendar);
    }
}
