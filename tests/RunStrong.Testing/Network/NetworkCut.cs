using System.Globalization;

namespace RunStrong.Testing.Network;

/// <summary>
/// A cut made by <see cref="ClusterNetwork"/>, until <see cref="Heal"/>. Its queue counters tell what the
/// cut did: how many packets met it and were dropped, and how many got through (none, for a cut that holds).
/// </summary>
public sealed class NetworkCut
{
    private readonly IReadOnlyList<QueueCounter> counters;
    private readonly IReadOnlyList<QueueCounts> baseline;
    private readonly Action heal;
    private int healed;

    internal NetworkCut(string description, IReadOnlyList<QueueCounter> counters, Action heal)
    {
        Description = description;
        this.counters = counters;
        this.heal = heal;
        baseline = [.. counters.Select(c => c.Read())];
    }

    internal event Action? Healed;

    public string Description { get; }

    public bool IsHealed => healed == 1;

    /// <summary>Packets that met the cut since it was made, per queue: passed (sent on) and dropped. Read before <see cref="Heal"/>.</summary>
    public IReadOnlyList<QueueCounts> Counts() =>
        [.. counters.Select((c, i) => c.Read() - baseline[i])];

    /// <summary>Restores the links as they were before the cut; a second call does nothing.</summary>
    public void Heal()
    {
        if (Interlocked.Exchange(ref healed, 1) == 1)
        {
            return;
        }

        heal();
        Healed?.Invoke();
    }

    public override string ToString() => Description;
}

/// <summary>Packets a queue sent on and dropped.</summary>
public sealed record QueueCounts(string Queue, long Passed, long Dropped)
{
    public static QueueCounts operator -(QueueCounts now, QueueCounts before) => now with { Passed = now.Passed - before.Passed, Dropped = now.Dropped - before.Dropped };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Queue}: {Passed} packets passed, {Dropped} dropped");
}
