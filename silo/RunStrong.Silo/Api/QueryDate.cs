using System.Globalization;

namespace RunStrong.Silo.Api;

/// <summary>
/// ISO dates in paths and queries (<c>2026-11-25</c>). <see cref="Today"/> is the UTC date of the silo's clock,
/// for bounds where a day either way does not matter; an athlete's own today is their grain's (local) one.
/// </summary>
internal static class QueryDate
{
    public const string Rule = "must be a date in the form yyyy-MM-dd.";

    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads an optional date; absent means <paramref name="fallback"/>.</summary>
    public static bool TryRead(string? value, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(value))
        {
            date = fallback;
            return true;
        }

        return TryParse(value, out date);
    }

    /// <summary>Reads an optional date; absent is null (the grain then takes the athlete's local today).</summary>
    public static bool TryReadOptional(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!TryParse(value, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
