namespace RunStrong.Onboarding;

/// <summary>
/// Staff's edit of a member's name and email, with JSON merge-patch meaning: a field left out (null here) keeps its
/// value; a field sent replaces it. An email or a name sent as null or blank removes it, but one name must remain,
/// as the import requires. Every value passes the import's own rules (<see cref="MemberIdentityRules"/>).
/// </summary>
public sealed record MemberPatch(PatchValue? FirstName, PatchValue? LastName, PatchValue? Email)
{
    /// <summary>
    /// The identity after this edit. Without a <paramref name="current"/> one (an athlete no import created), the
    /// edit creates it, without an external id, and must then send a name. The phone is kept as the import gave it.
    /// </summary>
    public Validated<MemberIdentity> ApplyTo(MemberIdentity? current)
    {
        var checks = new FieldChecks();

        // A name left out keeps the current one; the pair is then checked as a new member's would be.
        var names = MemberIdentityRules.Names(checks, FirstName is null ? current?.FirstName : FirstName.Value, LastName is null ? current?.LastName : LastName.Value);
        var email = Email is null ? current?.Email : MemberIdentityRules.Email(checks, Email.Value);
        return checks.HasErrors
            ? Validated<MemberIdentity>.Failed(checks.Errors)
            : Validated<MemberIdentity>.Ok(new MemberIdentity(current?.ExternalId, names!.Value.First, names.Value.Last, email, current?.Phone));
    }
}
