namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>legSessions: strength sessions with at least one exercise loading calves, quads, hamstrings or glutes.</summary>
public sealed class LegSessionsTests
{
    private static readonly ChallengeRules TwoWeeks = Challenge.Rules(ChallengeMetric.LegSessions, new(2026, 11, 2), new(2026, 11, 15));

    [Fact]
    public void Counts_leg_sessions_and_not_upper_body_sessions()
    {
        var log = new Log()
            .LegSession(new(2026, 11, 3))
            .LegSession(new(2026, 11, 3))
            .UpperBodySession(new(2026, 11, 4))
            .LegSession(new(2026, 11, 5))
            .LegSession(new(2026, 11, 1));

        // Two on Nov 3 and one on Nov 5; the upper-body session and the one before the start do not count.
        Assert.Equal(3m, Challenge.Total(TwoWeeks, log));
    }

    [Theory]
    [InlineData(MuscleGroup.Calves, 1)]
    [InlineData(MuscleGroup.Quads, 1)]
    [InlineData(MuscleGroup.Hamstrings, 1)]
    [InlineData(MuscleGroup.Glutes, 1)]
    [InlineData(MuscleGroup.Core, 0)]
    [InlineData(MuscleGroup.Upper, 0)]
    public void A_session_counts_when_one_group_is_a_leg_group(MuscleGroup group, int expected)
    {
        var log = new Log().Session(new(2026, 11, 6), new Exercise("lift", [group], 3, 10, 50));

        Assert.Equal(expected, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_mixed_session_with_one_leg_exercise_counts_once()
    {
        var log = new Log().Session(
            new(2026, 11, 6),
            new Exercise("bench press", [MuscleGroup.Upper], 4, 8, 60),
            new Exercise("romanian deadlift", [MuscleGroup.Hamstrings, MuscleGroup.Glutes], 3, 8, 70),
            new Exercise("lunge", [MuscleGroup.Quads], 3, 10, 20));

        Assert.Equal(1m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Runs_are_not_leg_sessions()
    {
        var log = new Log().Run(new(2026, 11, 3), 12);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }
}
