using System.Globalization;

namespace RunStrong.Web.Api;

/// <summary>
/// A form's local date and time (<c>datetime-local</c>, no offset) read in the athlete's own time zone, as the API
/// counts days (docs/API.md, "Days and time zones"): 06:30 in Sydney is sent with Sydney's offset that day.
/// </summary>
public static class LocalTimes
{
    public static object? WithOffset(string? local, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(local))
        {
            return null;
        }

        if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var time))
        {
            return local.Trim();
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        var unspecified = DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>Now in the athlete's zone, as a <c>datetime-local</c> value (the forms' default).</summary>
    public static string Now(string? timeZone, TimeProvider clock)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }
}
