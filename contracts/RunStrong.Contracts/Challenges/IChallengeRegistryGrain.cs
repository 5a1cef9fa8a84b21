using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Challenges;

/// <summary>A club's challenge ids, newest first, keyed by tenant id.</summary>
[GrainScope(GrainScope.Tenant)]
public interface IChallengeRegistryGrain : IGrainWithStringKey
{
    /// <summary>Records a new challenge. False when the club already has <c>MaxChallenges</c>.</summary>
    Task<bool> Add(string challengeId);

    Task<IReadOnlyList<string>> Recent(int limit);
}
