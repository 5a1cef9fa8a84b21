namespace RunStrong.Onboarding;

/// <summary>
/// Who a member is, as the gym's staff see them. <paramref name="ExternalId"/> is the id in the gym's own system,
/// null when staff gave the name to an athlete no import created. At least one name is non-empty, as the import
/// requires (<see cref="MemberIdentityRules"/>); a name the member does not have is empty. <paramref name="Phone"/>
/// is as the import read it (staff do not edit it yet).
/// </summary>
public sealed record MemberIdentity(string? ExternalId, string FirstName, string LastName, string? Email, string? Phone = null)
{
    public static MemberIdentity Of(MemberRecord row) => new(row.ExternalId, row.FirstName, row.LastName, row.Email, row.Phone);

    /// <summary>
    /// The identity after an import reads <paramref name="row"/>. The latest write wins, field by field: a name or
    /// email the file changed since its previous import (<paramref name="previous"/>; with none, every field) is the file's; one the file
    /// still says as before keeps <paramref name="current"/>, which staff may have edited since. So re-importing
    /// the gym's usual export never undoes an edit, while a change made in the gym's own system still arrives.
    /// </summary>
    public static MemberIdentity Imported(MemberRecord row, MemberRecord? previous, MemberIdentity? current)
    {
        if (previous is null || current is null)
        {
            return Of(row);
        }

        return new MemberIdentity(
            row.ExternalId,
            Latest(row.FirstName, previous.FirstName, current.FirstName),
            Latest(row.LastName, previous.LastName, current.LastName),
            Latest(row.Email, previous.Email, current.Email),
            Latest(row.Phone, previous.Phone, current.Phone));
    }

    /// <summary>Ordinal for text: a file that only changed a letter's case changed the value.</summary>
    private static T Latest<T>(T imported, T importedBefore, T current) =>
        EqualityComparer<T>.Default.Equals(imported, importedBefore) ? current : imported;
}
