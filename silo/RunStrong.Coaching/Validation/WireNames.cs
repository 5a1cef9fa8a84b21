namespace RunStrong.Coaching.Validation;

/// <summary>Enum values as they appear in the public API: camelCase names ("easy", "dexa").</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToCamelCase(value.ToString());

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of);

    public static bool TryParse<TEnum>(string value, out TEnum parsed)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), value, StringComparison.Ordinal))
            {
                parsed = candidate;
                return true;
            }
        }

        parsed = default;
        return false;
    }

    private static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
