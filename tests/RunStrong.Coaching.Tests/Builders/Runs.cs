namespace RunStrong.Coaching.Tests.Builders;

/// <summary>Runs for summary and engine tests: a kind, a day, and sensible defaults for the rest.</summary>
internal static class Runs
{
    private static int sequence;

    public static Run On(DateOnly day, RunKind kind = RunKind.Easy, double km = 8, double minutes = 48, int? rpe = null, int hour = 7) =>
        new($"run-{Interlocked.Increment(ref sequence)}", new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero), km, minutes, kind, rpe, null);

    public static Run Easy(DateOnly day, double km = 8, double minutes = 48) => On(day, RunKind.Easy, km, minutes);

    public static Run Long(DateOnly day, double km = 20, double minutes = 120) => On(day, RunKind.Long, km, minutes);

    public static Run Tempo(DateOnly day, double km = 10, double minutes = 50) => On(day, RunKind.Tempo, km, minutes);

    public static Run Interval(DateOnly day, double km = 8, double minutes = 45) => On(day, RunKind.Interval, km, minutes);
}
