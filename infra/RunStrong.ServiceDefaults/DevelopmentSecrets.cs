namespace RunStrong.ServiceDefaults;

/// <summary>
/// The admin key and signing secret published in this repository for local runs (appsettings.Development.json
/// files, README). Everyone can read them, so no environment but Development may run with them.
/// </summary>
public static class DevelopmentSecrets
{
    /// <summary>
    /// Every published development secret carries this marker. Refusing the marker, not only the exact values,
    /// also catches a copied value someone edited a little ("…-0002").
    /// </summary>
    public const string Marker = "not-for-production";

    public const string AdminKey = "local-dev-admin-key-not-for-production-0001";

    public const string SigningKey = "local-dev-signing-key-not-for-production-0001";

    /// <summary>True when <paramref name="value"/> is, or is made from, a published development secret.</summary>
    public static bool IsPublished(string value) =>
        value.Contains(Marker, StringComparison.OrdinalIgnoreCase)
        || string.Equals(value, AdminKey, StringComparison.Ordinal)
        || string.Equals(value, SigningKey, StringComparison.Ordinal);
}
