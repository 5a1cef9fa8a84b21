using System.Globalization;

namespace RunStrong.Silo.Api;

/// <summary>Reads an optional ISO date query value (<c>asOf=2026-11-25</c>); absent means today (UTC).</summary>
internal static class AsOfDate
{
    public static bool TryRead(string? value, TimeProvider clock, out DateOnly date)
    {
        if (string.IsNullOrEmpty(value))
        {
            date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return true;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
