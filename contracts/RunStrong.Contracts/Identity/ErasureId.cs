using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace RunStrong.Contracts.Identity;

/// <summary>Tenant erasure ids: <c>era-</c> and 16 lowercase hex digits (64 random bits), as <see cref="ImportId"/>.</summary>
public static partial class ErasureId
{
    public const string Rule = "must be 'era-' followed by 16 lowercase hex digits, as the erase's Location gave it.";

    public static string New() => "era-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^era-[0-9a-f]{16}\\z")]
    private static partial Regex Pattern();
}
