namespace RunStrong.Challenges.Tests.Builders;

/// <summary>Challenge rules and the one way tests score a log against them.</summary>
internal static class Challenge
{
    /// <summary>Far enough back that every day of every test is still held in detail.</summary>
    public static readonly DateOnly EverythingDetailed = new(2026, 1, 1);

    public static ChallengeRules Rules(
        ChallengeMetric metric,
        DateOnly startsOn,
        DateOnly endsOn,
        decimal? dailyCap = null,
        ScoringMode scoring = ScoringMode.Absolute,
        TeamScoring teamScoring = TeamScoring.Total) =>
        new(startsOn, endsOn, metric, dailyCap is { } cap ? new Score((long)(cap * 100)) : null, scoring, teamScoring);

    /// <summary>The score the leaderboard would show for <paramref name="log"/>, scored after the challenge ended.</summary>
    public static decimal Total(ChallengeRules rules, Log log) => Scored(rules, log, rules.EndsOn.AddDays(1)).Total(rules).Value;

    public static ChallengeScore Scored(ChallengeRules rules, Log log, DateOnly today)
    {
        var score = new ChallengeScore();
        score.Rescore(rules, log.Days, EverythingDetailed, today);
        return score;
    }
}
