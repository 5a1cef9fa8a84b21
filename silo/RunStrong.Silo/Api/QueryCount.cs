using System.Globalization;

namespace RunStrong.Silo.Api;

/// <summary>
/// A count in a query (<c>limit</c>, <c>top</c>), read as text so that "ten" or "99999999999" is a 400 naming the
/// parameter rather than a binding failure.
/// </summary>
internal static class QueryCount
{
    /// <summary>Reads a count from 1 to <paramref name="max"/>; absent means <paramref name="fallback"/>.</summary>
    public static bool TryRead(string? value, int fallback, int max, out int count)
    {
        if (value is null)
        {
            count = fallback;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= max;
    }

    public static string Rule(string parameter, int max) => $"{parameter} must be between 1 and {max}.";
}
