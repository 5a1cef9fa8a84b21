using RunStrong.Coaching.Athletes;

namespace RunStrong.Contracts.Athletes;

/// <summary>One athlete of one tenant, keyed <c>"{tenantId}/{athleteId}"</c> (<see cref="Identity.AthleteId.GrainKey"/>).</summary>
public interface IAthleteGrain : IGrainWithStringKey
{
    /// <summary>The athlete as of <paramref name="asOf"/>, or null when nothing is known about them.</summary>
    Task<AthleteOverview?> GetOverview(DateOnly asOf);

    /// <summary>Creates or replaces the profile. True when it was created.</summary>
    Task<bool> SetProfile(AthleteProfile profile);

    Task<RunLogOutcome> LogRun(Run run);
}
