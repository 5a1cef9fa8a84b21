using System.Security.Cryptography;
using System.Text;
using RunStrong.Contracts.Identity;

namespace RunStrong.Silo.MemberImports;

/// <summary>
/// The athlete id an imported member gets: the gym's external id itself when it is a valid athlete id
/// (member numbers usually are), otherwise <c>x-</c> and a hash of it. Deterministic, so re-importing the
/// same member always reaches the same athlete.
/// </summary>
public static class MemberAthleteId
{
    public static string Of(string externalId) =>
        AthleteId.IsValid(externalId)
            ? externalId
            : "x-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(externalId)).AsSpan(0, 16));
}
