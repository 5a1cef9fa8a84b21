using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// Chooses what the load sends next, from a fixed seed so runs are reproducible: a new run of a random
/// athlete (1.00-21.00 km, an easy pace of 4.5-7.5 min/km, started in the last 7 days so its UTC day is
/// inside the challenge), or, <c>repeatPercent</c> of the time once there are runs, an earlier run sent
/// again unchanged. Not thread-safe: the pacing loop calls it, one send after another.
/// </summary>
public sealed class RunGenerator(ClubRoster roster, double repeatPercent, int capacity, DateTimeOffset now)
{
    private const int Seed = 20_251_125;
    private const long MinDistance = 100, MaxDistance = 2_100;
    private static readonly TimeSpan Latest = TimeSpan.FromMinutes(1), Earliest = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

#pragma warning disable CA5394 // Load shapes, not secrets: a seeded generator makes runs repeatable.
    private readonly Random random = new(Seed);
    private readonly List<LoggedRun> runs = new(capacity);
    private readonly DateTimeOffset now = new(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>Every distinct run sent so far, by <see cref="LoggedRun.Index"/>.</summary>
    public IReadOnlyList<LoggedRun> Runs => runs;

    /// <summary>The most distinct runs this generator makes (the ledger is sized for them).</summary>
    public int Capacity => capacity;

    public (LoggedRun Run, bool Repeat) Next()
    {
        if (runs.Count > 0 && (runs.Count == capacity || random.NextDouble() * 100 < repeatPercent))
        {
            return (runs[random.Next(runs.Count)], true);
        }

        var index = runs.Count;
        var distance = random.NextInt64(MinDistance, MaxDistance + 1);
        var pace = 4.5 + random.NextDouble() * 3;
        var ago = Latest + TimeSpan.FromSeconds(random.NextDouble() * (Earliest - Latest).TotalSeconds);
        var run = new LoggedRun(
            index,
            random.Next(roster.Athletes),
            string.Create(CultureInfo.InvariantCulture, $"bench-run-{index:D7}"),
            now - TimeSpan.FromSeconds(Math.Floor(ago.TotalSeconds)),
            distance,
            Math.Round(distance / 100.0 * pace, 1));
        runs.Add(run);
        return (run, false);
    }
#pragma warning restore CA5394
}
