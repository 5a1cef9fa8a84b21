using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The engine counts days as the athlete lives them: their local calendar days (profile timeZone).</summary>
public sealed class LocalDayTests
{
    private static readonly DateOnly AsOf = AthleteBuilder.AsOf;

    [Fact]
    public void A_Sydney_0630_run_six_local_days_ago_is_in_the_7_day_window()
    {
        // 2026-11-19 06:30 AEDT (UTC+11) = 2026-11-18 19:30 UTC: day -6 in Sydney, day -7 (outside) in UTC.
        var run = new Run("r", new DateTimeOffset(2026, 11, 18, 19, 30, 0, TimeSpan.Zero), 10, 55, RunKind.Easy, null, null);

        Assert.Equal(1, Evaluate(run, "Australia/Sydney").Training.Runs);
        Assert.Equal(0, Evaluate(run, "UTC").Training.Runs);
    }

    [Fact]
    public void A_Los_Angeles_run_just_before_local_midnight_on_as_of_counts_on_as_of()
    {
        // 2026-11-25 23:50 PST = 2026-11-26 07:50 UTC: after as-of in UTC, so ignored there.
        var run = new Run("r", new DateTimeOffset(2026, 11, 25, 23, 50, 0, TimeSpan.FromHours(-8)), 10, 55, RunKind.Easy, null, null);

        Assert.Equal(1, Evaluate(run, "America/Los_Angeles").Training.Runs);
        Assert.Equal(0, Evaluate(run, "UTC").Training.Runs);
    }

    [Fact]
    public void The_recovery_fuel_message_names_the_runs_local_date()
    {
        // A 100-min long run at 06:00 on as-of in Sydney started at 19:00 UTC the day before.
        var run = new Run("r", new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero), 18, 100, RunKind.Long, null, null);

        var recovery = Evaluate(run, "Australia/Sydney").Recommendations.Single(r => r.Code == RuleCodes.RecoveryFuel);

        Assert.Contains("on 2026-11-25", recovery.Message, StringComparison.Ordinal);
    }

    private static CoachingReport Evaluate(Run run, string timeZone)
    {
        var athlete = AthleteBuilder.Blank(AthleteBuilder.Man with { TimeZone = timeZone });
        athlete.Runs.Add(run);
        return athlete.Evaluate();
    }
}
