namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// The scores the client expects, in hundredths: each run counts once, from the first 2xx that
/// acknowledged it (normally its 201; a 200 when the answer to its first send was lost or overtaken by a
/// repeat's). Thread-safe: answers arrive on many threads.
/// </summary>
public sealed class ScoreLedger(ClubRoster roster, int capacity)
{
    private readonly long[] athletes = new long[roster.Athletes];
    private readonly int[] acknowledged = new int[capacity];
    private readonly int[] created = new int[capacity];
    private long runsCounted;
    private long runsCreatedTwice;

    /// <summary>Distinct runs acknowledged, so counted in the totals.</summary>
    public long RunsCounted => Interlocked.Read(ref runsCounted);

    /// <summary>Runs answered 201 more than once: the platform stored one run twice (idempotency broken).</summary>
    public long RunsCreatedTwice => Interlocked.Read(ref runsCreatedTwice);

    public long Total => athletes.Sum();

    /// <summary>
    /// Records a 2xx for <paramref name="run"/> (<paramref name="wasCreated"/>: a 201). When it is the run's
    /// first, returns the athlete's expected total including it: every run acknowledged so far is in the
    /// challenge's shard, so the athlete's standing must reach at least this. Null for later ones.
    /// </summary>
    public long? Acknowledge(LoggedRun run, bool wasCreated)
    {
        if (wasCreated && Interlocked.Increment(ref created[run.Index]) > 1)
        {
            Interlocked.Increment(ref runsCreatedTwice);
        }

        if (Interlocked.Exchange(ref acknowledged[run.Index], 1) == 1)
        {
            return null;
        }

        Interlocked.Increment(ref runsCounted);
        return Interlocked.Add(ref athletes[run.Athlete], run.DistanceHundredths);
    }

    public bool IsAcknowledged(LoggedRun run) => Volatile.Read(ref acknowledged[run.Index]) == 1;

    public long AthleteTotal(int athlete) => Interlocked.Read(ref athletes[athlete]);

    public long TeamTotal(int team) => roster.MembersOf(team).Sum(AthleteTotal);
}
