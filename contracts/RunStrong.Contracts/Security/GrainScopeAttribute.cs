namespace RunStrong.Contracts.Security;

/// <summary>
/// States who may call a grain interface (see <see cref="GrainScope"/>). Every grain interface in a RunStrong
/// assembly carries exactly one: the silo refuses calls to one without it, so the access rule sits next to
/// the contract it guards instead of in a list the filter keeps, which a new grain could be missing from.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class GrainScopeAttribute(GrainScope scope) : Attribute
{
    public GrainScope Scope { get; } = scope;

    /// <summary>
    /// For <see cref="GrainScope.Tenant"/>: the platform admin may call it too (a tenant's own record, which
    /// the admin creates, suspends and issues keys for). Ignored by the other scopes.
    /// </summary>
    public bool AllowPlatformAdmin { get; set; }
}
