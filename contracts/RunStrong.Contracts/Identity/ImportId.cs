using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace RunStrong.Contracts.Identity;

/// <summary>
/// Import ids: <c>imp-</c> and 16 lowercase hex digits (64 random bits), made only by <see cref="New"/> when an
/// upload is stored. A path is checked against exactly that shape, so an id of any other shape or length is
/// refused before it can reach a grain key or a blob name.
/// </summary>
public static partial class ImportId
{
    public const string Rule = "must be 'imp-' followed by 16 lowercase hex digits, as the upload's response gave it.";

    private const string Prefix = "imp-";

    /// <summary>A fresh id from the OS CSPRNG: unguessable, so one gym cannot probe for another's imports by id.</summary>
    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^imp-[0-9a-f]{16}\\z")]
    private static partial Regex Pattern();
}
