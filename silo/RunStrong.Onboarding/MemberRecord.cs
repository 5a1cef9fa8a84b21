namespace RunStrong.Onboarding;

/// <summary>One gym member that passed validation: who they are in the gym's system and the profile basics.</summary>
public sealed record MemberRecord(
    string ExternalId,
    string FirstName,
    string LastName,
    string? Email,
    Sex Sex,
    int BirthYear,
    double HeightCm,
    double WeightKg,
    Goal Goal);
