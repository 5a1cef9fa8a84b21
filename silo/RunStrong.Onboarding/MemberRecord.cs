namespace RunStrong.Onboarding;

/// <summary>
/// One gym member that passed validation: who they are in the gym's system and whatever body data the row gave.
/// Only <see cref="ExternalId"/> and one name are required; a name the row left out is empty (never both). Every
/// other field is null when the row left it out, so a row never stands for a value it did not have.
/// <see cref="BirthYear"/> is the row's birth year, or the year of its <see cref="BirthDate"/>. State stored before
/// phone and birth date existed, with every body field present, still reads.
/// </summary>
public sealed record MemberRecord(
    string ExternalId,
    string FirstName,
    string LastName,
    string? Email,
    Sex? Sex,
    int? BirthYear,
    double? HeightCm,
    double? WeightKg,
    Goal? Goal,
    string? Phone = null,
    DateOnly? BirthDate = null)
{
    /// <summary>The profile fields the row gave (a method, not a property, so it is not stored with the record).</summary>
    public ProfileBasics ProfileBasics() => new(Sex, BirthYear, HeightCm, WeightKg, Goal);
}
