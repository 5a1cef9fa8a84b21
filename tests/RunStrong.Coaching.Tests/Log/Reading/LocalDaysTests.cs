using RunStrong.Coaching.Log.Reading;

namespace RunStrong.Coaching.Tests.Log.Reading;

public sealed class LocalDaysTests
{
    private static readonly DateOnly From = new(2026, 1, 1);

    [Fact]
    public void To_before_from_is_refused_naming_to()
    {
        var checks = new FieldChecks();

        Assert.Null(LocalDays.Check(checks, From, From.AddDays(-1)));
        Assert.Equal(["to"], checks.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_range_of_366_days_is_allowed_and_367_is_refused_naming_to()
    {
        var allowed = new FieldChecks();
        var refused = new FieldChecks();

        Assert.NotNull(LocalDays.Check(allowed, From, From.AddDays(366)));
        Assert.Null(LocalDays.Check(refused, From, From.AddDays(367)));
        Assert.Empty(allowed.Errors);
        Assert.Equal(["to"], refused.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_missing_end_leaves_that_side_open()
    {
        var checks = new FieldChecks();

        var days = LocalDays.Check(checks, null, From)!;

        Assert.True(days.Contains(new DateOnly(1990, 1, 1)));
        Assert.True(days.Contains(From));
        Assert.False(days.Contains(From.AddDays(1)));
    }

    [Fact]
    public void A_week_overlaps_the_range_when_any_of_its_days_is_in_it()
    {
        var days = new LocalDays(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30)); // Wednesday to the next Monday

        Assert.True(days.Overlaps(new DateOnly(2026, 11, 23)));
        Assert.True(days.Overlaps(new DateOnly(2026, 11, 30)));
        Assert.False(days.Overlaps(new DateOnly(2026, 11, 16)));
        Assert.False(days.Overlaps(new DateOnly(2026, 12, 7)));
    }
}
