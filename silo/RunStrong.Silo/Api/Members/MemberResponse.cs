using RunStrong.Onboarding;

namespace RunStrong.Silo.Api.Members;

/// <summary>
/// A member's identity as the API shows it (in <c>GET …/athletes/{athleteId}</c> and the answer to its edit):
/// <c>externalId</c> is null when staff gave the name to an athlete no import created; a name the member does not
/// have is empty; <c>phone</c> is as the import read it, null when none.
/// </summary>
public sealed record MemberResponse(string? ExternalId, string FirstName, string LastName, string? Email, string? Phone)
{
    public static MemberResponse Of(MemberIdentity member) => new(member.ExternalId, member.FirstName, member.LastName, member.Email, member.Phone);
}
