namespace RunStrong.Challenges.Tests.Builders;

/// <summary>Dates and rules shared by the enrollment tests: a 2-week distance challenge, today in its first week.</summary>
internal static class Enrollment
{
    public static readonly DateOnly Nov2 = new(2026, 11, 2);

    public static readonly DateOnly Today = new(2026, 11, 5);

    /// <summary>Today minus the log's 126-day detail window.</summary>
    public static readonly DateOnly FirstDetailed = new(2026, 7, 2);

    public static readonly ChallengeRules TwoWeeksDistance = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, new(2026, 11, 15));

    public static ChallengeRules DistanceEnding(DateOnly endsOn) => Challenge.Rules(ChallengeMetric.DistanceKm, new(2026, 10, 1), endsOn);
}
