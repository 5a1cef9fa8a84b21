namespace RunStrong.Contracts.Security;

/// <summary>
/// Who may call a grain interface, as declared with <see cref="GrainScopeAttribute"/>. The silo's grain-call
/// filter refuses every call its scope does not allow, and refuses any RunStrong grain interface that
/// declares no scope: a new grain is closed until someone decides who may reach it.
/// </summary>
public enum GrainScope
{
    /// <summary>
    /// The grain belongs to one tenant: its key is the tenant id or starts with <c>"{tenantId}/"</c>. Only a
    /// call whose caller (<see cref="GrainCaller"/>) is that tenant gets through; the platform admin only when
    /// the attribute says <see cref="GrainScopeAttribute.AllowPlatformAdmin"/> (tenant administration).
    /// </summary>
    Tenant,

    /// <summary>
    /// The grain serves platform administration (the tenant directory, key records): only the platform
    /// admin caller gets through, whatever the key.
    /// </summary>
    Platform,

    /// <summary>
    /// The grain is cluster plumbing (the silos' endpoint directory): only calls that originate inside a silo
    /// (from a grain, or from a silo's own services) get through, never one from an external Orleans client
    /// such as the gateway, whatever caller its request context claims.
    /// </summary>
    System,
}
