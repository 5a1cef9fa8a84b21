namespace RunStrong.Onboarding;

/// <summary>
/// Staff's edit of a member's name and email, with JSON merge-patch meaning: a field left out (null here) keeps its
/// value; a field sent replaces it. An email sent as null or blank removes it; a name cannot be removed, since the
/// import requires both. Every value passes the import's own rules (<see cref="MemberIdentityRules"/>).
/// </summary>
public sealed record MemberPatch(PatchValue? FirstName, PatchValue? LastName, PatchValue? Email)
{
    /// <summary>
    /// The identity after this edit. Without a <paramref name="current"/> one (an athlete no import created), the
    /// edit creates it, without an external id, and must then send both names.
    /// </summary>
    public Validated<MemberIdentity> ApplyTo(MemberIdentity? current)
    {
        var checks = new FieldChecks();
        var firstName = Name(checks, MemberField.FirstName, FirstName, current?.FirstName);
        var lastName = Name(checks, MemberField.LastName, LastName, current?.LastName);
        var email = Email is null ? current?.Email : MemberIdentityRules.Email(checks, Email.Value);
        return checks.HasErrors
            ? Validated<MemberIdentity>.Failed(checks.Errors)
            : Validated<MemberIdentity>.Ok(new MemberIdentity(current?.ExternalId, firstName!, lastName!, email));
    }

    /// <summary>A name left out keeps the current one as it is; one sent, or one that is needed because there is none, is checked.</summary>
    private static string? Name(FieldChecks checks, MemberField field, PatchValue? sent, string? current) =>
        sent is null && current is not null ? current : MemberIdentityRules.Name(checks, field.Name(), sent?.Value);
}
