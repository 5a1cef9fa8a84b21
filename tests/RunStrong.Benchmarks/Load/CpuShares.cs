namespace RunStrong.Benchmarks.Load;

/// <summary>
/// Cores each process kept busy during a window (CPU time / wall time), so a report shows where the machine
/// went: into the gateway, the silo, Azurite or the load generator itself.
/// </summary>
public sealed record CpuShares(IReadOnlyList<KeyValuePair<string, double>> CoresByProcess)
{
    /// <summary>The wall time the shares were measured over.</summary>
    public TimeSpan Wall { get; init; }

    public override string ToString() =>
        string.Join(" ", CoresByProcess.Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0.00}")));

    /// <summary>CPU milliseconds each process spent per item, for <paramref name="items"/> done in <paramref name="wall"/>.</summary>
    public string MillisecondsPerItem(TimeSpan wall, long items) =>
        string.Join(" ", CoresByProcess.Select(p => FormattableString.Invariant($"{p.Key} {p.Value * wall.TotalMilliseconds / Math.Max(1, items):0.000}")));
}
