using System.Globalization;
using BenchmarkDotNet.Attributes;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;

namespace RunStrong.Benchmarks.Micro;

/// <summary>
/// The challenge grain's snapshot work at the scale of the <c>challenge</c> scenario (10,000 participants
/// in 100 teams): <see cref="Build"/> runs at most every 100 ms while scores move, on a thread-pool copy of the
/// table (off the grain's turn), so its cost is silo CPU rather than read latency; <see cref="Top50"/> is what
/// each read makes out of a snapshot (its 50 standings).
/// </summary>
[MemoryDiagnoser]
public class LeaderboardSnapshotBenchmarks
{
    private const int Athletes = 10_000, Teams = 100;
    private ChallengeDefinition challenge = null!;
    private Participant[] participants = null!;
    private LeaderboardSnapshot snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rules = new ChallengeRules(new DateOnly(2026, 11, 18), new DateOnly(2026, 12, 2), ChallengeMetric.DistanceKm, null, ScoringMode.Absolute, TeamScoring.Total);
        var teams = Enumerable.Range(0, Teams).Select(t => new ChallengeTeam(Id("team-", t, 3), Id("Team ", t + 1, 1))).ToArray();
        challenge = new ChallengeDefinition("bench-distance", "Benchmark distance challenge", rules, 32, DateTimeOffset.UnixEpoch, teams);

        // Scores like the scenario's after a while: a few runs of 1-21 km each, many ties at zero.
        var random = new Random(7);
#pragma warning disable CA5394 // Test data, not secrets.
        participants = Enumerable.Range(0, Athletes)
            .Select(a => new Participant(Id("bench-a", a, 6), teams[a % Teams].Id, new Score(random.Next(3) * random.Next(100, 2_100)), 1))
            .ToArray();
#pragma warning restore CA5394
        snapshot = Build();
    }

    [Benchmark]
    public LeaderboardSnapshot Build() => LeaderboardSnapshot.Build(challenge, participants, 1, DateTimeOffset.UnixEpoch);

    [Benchmark]
    public LeaderboardPage Top50() => snapshot.Top(50);

    private static string Id(string prefix, int number, int digits) =>
        prefix + number.ToString(new string('0', digits), CultureInfo.InvariantCulture);
}
