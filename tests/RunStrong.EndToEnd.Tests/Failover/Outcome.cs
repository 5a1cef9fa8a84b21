using System.Globalization;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// What one HTTP request through the gateway got: status (0 when no response came) or error, and when (test
/// seconds); <paramref name="RetryAfter"/>: whether the answer told the client when to try again.
/// </summary>
internal sealed record Outcome(string Request, double Start, double End, int Status, string? Error, bool RetryAfter = false)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public double Latency => End - Start;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Request} at {Start:F2}-{End:F2} s ({Latency * 1000:F0} ms): {(Status == 0 ? "no response" : Status.ToString(CultureInfo.InvariantCulture))}{(Error is null ? "" : " " + Error)}");
}
