namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// What a <see cref="CursorWalk"/> saw: pages read, items listed, distinct members among them, repeats, the
/// <c>total</c> of the first page (and whether every page agreed), the cursors, and page latencies (p50, p99, max ms).
/// </summary>
public sealed record WalkResult(
    int Pages, long Listed, int Distinct, long Duplicates, int Total, bool TotalsAgree,
    IReadOnlyList<string> Cursors, TimeSpan Elapsed, IReadOnlyList<double> LatencyMs)
{
    public bool ExactlyOnce(int members) => Distinct == members && Duplicates == 0 && Total == members && TotalsAgree;
}
