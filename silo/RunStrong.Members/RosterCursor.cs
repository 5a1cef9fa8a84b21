using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace RunStrong.Members;

/// <summary>
/// The <c>next</c> of a directory page: the sort it belongs to and the last key served, opaque to clients
/// (base64url). A cursor of another sort, or anything that is not one of ours, is refused rather than guessed at.
/// </summary>
public static class RosterCursor
{
    private const string Version = "r1";

    /// <summary>A key holds two folded names and an id, each bounded; anything longer was not made here.</summary>
    private const int MaxKeyLength = 512;

    public static string Encode(RosterSort sort, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}|{(int)sort}|{key}"));

    public static bool TryDecode(string? cursor, RosterSort sort, [NotNullWhen(true)] out string? key)
    {
        key = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxKeyLength * 2 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }

        var prefix = $"{Version}|{(int)sort}|";
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || text.Length == prefix.Length || text.Length - prefix.Length > MaxKeyLength)
        {
            return false;
        }

        key = text[prefix.Length..];
        return true;
    }
}
