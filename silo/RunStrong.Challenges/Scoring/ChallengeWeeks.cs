using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// Challenge weeks are 7-day blocks from the start day, whatever weekday that is; only complete blocks
/// count (a trailing 3 days cannot hold a balanced week). The baseline's 4 weeks are the 4 blocks before it.
/// </summary>
public static class ChallengeWeeks
{
    public const int BaselineWeeks = 4;

    public static IEnumerable<DateOnly> Of(ChallengeRules rules)
    {
        for (var first = rules.StartsOn; first.AddDays(BalancedWeek.Length - 1) <= rules.EndsOn; first = first.AddDays(BalancedWeek.Length))
        {
            yield return first;
        }
    }

    public static IEnumerable<DateOnly> BeforeStart(ChallengeRules rules)
    {
        for (var week = BaselineWeeks; week >= 1; week--)
        {
            yield return rules.StartsOn.AddDays(-week * BalancedWeek.Length);
        }
    }

    public static DateOnly LastDay(DateOnly firstDay) => firstDay.AddDays(BalancedWeek.Length - 1);
}
