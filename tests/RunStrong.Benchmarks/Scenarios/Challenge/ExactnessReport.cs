namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// What the exactness check found after the load: whether the leaderboard settled and how long that took,
/// what it lists against what the client expects, and every mismatch (described in words).
/// </summary>
public sealed record ExactnessReport(
    bool Settled,
    TimeSpan SettleTime,
    long Version,
    int Participants,
    int TeamsChecked,
    long TeamSum,
    long ExpectedTotal,
    int AthletesChecked,
    IReadOnlyList<string> Mismatches)
{
    public bool Exact => Mismatches.Count == 0;
}
