using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Athletes;

/// <summary>What asking for a new athlete key came to: the key (shown once), or why there is none.</summary>
[GenerateSerializer, Immutable]
public sealed record AthleteKeyIssue(
    [property: Id(0)] IssuedApiKey? Key,
    [property: Id(1)] bool AthleteExists)
{
    /// <summary>
    /// Live keys one athlete may hold at once: a phone, a watch, a browser or two, with room for a lost device
    /// before its key is revoked. Bounds the athlete's stored state and what an erase has to revoke.
    /// </summary>
    public const int MaxLiveKeys = 10;

    public static AthleteKeyIssue NoAthlete { get; } = new(null, false);

    /// <summary>The athlete already holds <see cref="MaxLiveKeys"/> live keys: one must be revoked first.</summary>
    public static AthleteKeyIssue TooManyKeys { get; } = new(null, true);
}
