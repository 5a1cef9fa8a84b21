namespace RunStrong.Benchmarks.Load;

/// <summary>Counts and latencies of one load window (latencies of successful requests only).</summary>
public sealed record LoadOutcome(long Succeeded, long Errors, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs, string? FirstError)
{
    public double RequestsPerSecond => Succeeded / Elapsed.TotalSeconds;

    /// <summary>The 95th percentile, where the producer measured it (<see cref="LoadGenerator"/> does); NaN otherwise.</summary>
    public double P95Ms { get; init; } = double.NaN;

    /// <summary>429/503 answers with Retry-After, waited out as asked (neither successes nor errors).</summary>
    public long Shed { get; init; }
}
