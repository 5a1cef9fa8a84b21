using System.Globalization;

namespace RunStrong.Testing;

/// <summary>
/// Dates relative to the real today. The hosts use the real clock (signatures, the detail window), so tests
/// that send dates must move with it rather than hard-code a day that will one day be too old.
/// </summary>
public static class TestDates
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static DateOnly DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>ISO date for a query or path, <c>yyyy-MM-dd</c>.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO instant at 06:30 UTC on the given day, as clients send <c>startedAt</c>.</summary>
    public static string MorningOf(DateOnly day) => $"{Iso(day)}T06:30:00Z";
}
