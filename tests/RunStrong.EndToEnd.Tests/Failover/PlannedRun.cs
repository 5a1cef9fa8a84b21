using System.Globalization;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>A run a load writer logs; its client id makes every retry of it idempotent.</summary>
internal sealed record PlannedRun(string Id, string Athlete, string StartedAt, double DistanceKm, double DurationMin)
{
    public object Body => new { id = Id, startedAt = StartedAt, distanceKm = DistanceKm, durationMin = DurationMin, kind = "easy" };

    /// <summary>
    /// A run of 3.0-15.0 km at 5-7 min/km that started between 10 minutes and 5 days before <paramref name="now"/>:
    /// inside the last 7 days of an as-of date of <paramref name="now"/>'s day.
    /// </summary>
    public static PlannedRun Random(Random random, string id, string athlete, DateTimeOffset now)
    {
        var startedAt = now.UtcDateTime.AddMinutes(-random.Next(10, 5 * 24 * 60)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var distance = random.Next(30, 151) / 10.0;
        var pace = 5 + (random.NextDouble() * 2);
        return new PlannedRun(id, athlete, startedAt, distance, Math.Round(distance * pace, 1));
    }
}
