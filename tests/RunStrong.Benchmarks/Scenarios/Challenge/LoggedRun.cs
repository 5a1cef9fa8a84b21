namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// One run the scenario logs, with everything its body holds, so a repeat sends exactly the same content.
/// <see cref="Index"/> numbers the scenario's distinct runs from 0.
/// </summary>
public sealed record LoggedRun(int Index, int Athlete, string Id, DateTimeOffset StartedAt, long DistanceHundredths, double DurationMin)
{
    /// <summary>The <c>POST .../runs</c> body (distance with two decimals, an easy run).</summary>
    public object Body => new { id = Id, startedAt = StartedAt, distanceKm = DistanceHundredths / 100.0, durationMin = DurationMin, kind = "easy" };
}
