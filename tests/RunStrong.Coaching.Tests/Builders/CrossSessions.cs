namespace RunStrong.Coaching.Tests.Builders;

/// <summary>Cross-training sessions for log tests: a day, and sensible defaults for the rest.</summary>
internal static class CrossSessions
{
    private static int sequence;

    public static CrossTrainingSession Ride(DateOnly day, double minutes = 90, double kcal = 900, int? avgHeartRate = null, double? km = 40, int hour = 12) =>
        new($"ride-{Interlocked.Increment(ref sequence)}", new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero), "cycling", minutes, kcal, avgHeartRate, km);

    public static CrossTrainingSession Swim(DateOnly day, double minutes = 45, double kcal = 400) =>
        new($"swim-{Interlocked.Increment(ref sequence)}", new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), "swimming", minutes, kcal, null, 2);
}
