using RunStrong.Onboarding;

namespace RunStrong.Silo.Api.Members;

/// <summary>
/// A member's identity as the API shows it (in <c>GET …/athletes/{athleteId}</c> and the answer to its edit):
/// <c>externalId</c> is null when staff gave the name to an athlete no import created.
/// </summary>
public sealed record MemberResponse(string? ExternalId, string FirstName, string LastName, string? Email)
{
    public static MemberResponse Of(MemberIdentity member) => new(member.ExternalId, member.FirstName, member.LastName, member.Email);
}
