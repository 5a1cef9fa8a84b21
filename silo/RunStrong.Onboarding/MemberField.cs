namespace RunStrong.Onboarding;

/// <summary>The columns of a member file, in the order the documented header lists them (and errors are reported).</summary>
internal enum MemberField
{
    ExternalId,
    FirstName,
    LastName,
    Email,
    Phone,
    Sex,
    BirthDate,
    BirthYear,
    HeightCm,
    WeightKg,
    Goal,
}
