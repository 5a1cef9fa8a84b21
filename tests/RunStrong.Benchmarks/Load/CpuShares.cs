namespace RunStrong.Benchmarks.Load;

/// <summary>
/// Cores each process kept busy during a window (CPU time / wall time), so a report shows where the machine
/// went: into the gateway, the silo, Azurite or the load generator itself.
/// </summary>
public sealed record CpuShares(IReadOnlyList<KeyValuePair<string, double>> CoresByProcess)
{
    public override string ToString() =>
        string.Join(" ", CoresByProcess.Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0.00}")));
}
