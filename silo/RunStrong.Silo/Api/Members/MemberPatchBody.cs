using RunStrong.Onboarding;

namespace RunStrong.Silo.Api.Members;

/// <summary>
/// The body of <c>PATCH …/athletes/{athleteId}/member</c>, a JSON merge patch. The serializer calls a setter only
/// for a field the JSON holds (null included), so each setter records that its field was sent: a field left out
/// stays unchanged, <c>"email": null</c> removes the email.
/// </summary>
public sealed class MemberPatchBody
{
    private PatchValue? firstName;
    private PatchValue? lastName;
    private PatchValue? email;

    public string? FirstName
    {
        get => firstName?.Value;
        set => firstName = new PatchValue(value);
    }

    public string? LastName
    {
        get => lastName?.Value;
        set => lastName = new PatchValue(value);
    }

    public string? Email
    {
        get => email?.Value;
        set => email = new PatchValue(value);
    }

    public MemberPatch ToPatch() => new(firstName, lastName, email);
}
