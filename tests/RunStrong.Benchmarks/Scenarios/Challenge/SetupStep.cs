using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// One step of the club's setup: how many requests, how long they took together, how many were retried (5xx or no
/// answer), and how many answers were 429/503 "busy" (sent again after their Retry-After).
/// </summary>
public sealed record SetupStep(string Name, int Requests, TimeSpan Elapsed, long Retries, long Shed = 0)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"setup    {Name,-24} {Requests,7:N0} requests in {Elapsed.TotalSeconds,6:0.0} s ({PerSecond,6:0}/s), {Retries} retried, {Shed} shed");
}
