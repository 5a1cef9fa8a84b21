using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Tenants;

/// <summary>
/// One API key, keyed by its public key id. Holds only the SHA-256 hash of the key and its owner. A tenant
/// (staff) key holds a copy of what the gateway enforces for its tenant (status, limits), kept current by the
/// tenant grain; an athlete key reads it from the tenant grain each time it authenticates (see
/// <see cref="Authenticate"/>), so a suspension reaches every athlete key without the tenant tracking them.
/// </summary>
[GrainScope(GrainScope.Platform)]
public interface IApiKeyGrain : IGrainWithStringKey
{
    Task Register(ApiKeyOwner owner, byte[] keyHash);

    /// <summary>
    /// Registers an athlete-scoped key of <paramref name="tenantId"/>'s athlete <paramref name="athleteId"/>. Refused
    /// unless the caller is that tenant (the athlete grain, acting for the tenant's staff) and the id is unused.
    /// </summary>
    /// <remarks>Open to tenant callers because athlete keys are issued by staff, not the admin; the grain checks the tenant.</remarks>
    [TenantCaller]
    Task RegisterAthleteKey(string tenantId, string athleteId, byte[] keyHash);

    /// <summary>The owner when <paramref name="keyHash"/> matches a live key; otherwise null.</summary>
    /// <remarks>
    /// The gateway asks this before it knows who is calling, so no caller can be required; the answer says
    /// nothing to anyone who does not already hold the key (its SHA-256 is the question).
    /// </remarks>
    [AnyCaller]
    Task<ApiKeyOwner?> Authenticate(byte[] keyHash);

    /// <summary>
    /// Opens a browser session on this key (the web pages' sign-in): remembers <paramref name="sessionHash"/>, the
    /// SHA-256 of the session secret the browser's cookie holds, until it goes unused for <paramref name="idleTimeout"/>.
    /// Answers the owner as <see cref="Authenticate"/> does, or null (and remembers nothing) when the key is wrong.
    /// </summary>
    /// <remarks>Open to any caller for the reason <see cref="Authenticate"/> is: it needs the key's hash.</remarks>
    [AnyCaller]
    Task<ApiKeyOwner?> OpenSession(byte[] keyHash, byte[] sessionHash, TimeSpan idleTimeout);

    /// <summary>
    /// The owner while the session is live and its key valid, sliding its expiry; null once it expired, was ended,
    /// or its key was revoked (a revocation ends every session on the key).
    /// </summary>
    /// <remarks>Open to any caller: it needs the hash of a session secret only the signed-in browser holds.</remarks>
    [AnyCaller]
    Task<ApiKeyOwner?> ResumeSession(byte[] sessionHash);

    /// <summary>Ends the session (signing out). Nothing happens for a session this key does not hold.</summary>
    [AnyCaller]
    Task EndSession(byte[] sessionHash);

    /// <summary>Takes the tenant's current status and limits.</summary>
    Task Update(ApiKeyOwner owner);

    Task Revoke();

    /// <summary>
    /// Revokes an athlete key of <paramref name="athleteId"/>. False when this key is not that athlete's key of the
    /// caller's tenant (nothing changes then).
    /// </summary>
    /// <remarks>Open to tenant callers for the same reason as <see cref="RegisterAthleteKey"/>; the grain checks the owner.</remarks>
    [TenantCaller]
    Task<bool> RevokeAthleteKey(string athleteId);
}
