using System.Globalization;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// What one HTTP request through the gateway got: status (0 when no response came) or error, and when (test
/// seconds).
/// </summary>
internal sealed record Outcome(string Request, double Start, double End, int Status, string? Error)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The Retry-After the answer carried (a refusal under load or during an outage should).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public double Latency => End - Start;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Request} at {Start:F2}-{End:F2} s ({Latency * 1000:F0} ms): {(Status == 0 ? "no response" : Status.ToString(CultureInfo.InvariantCulture))}{(Error is null ? "" : " " + Error)}");
}
