namespace RunStrong.Contracts.Security;

/// <summary>
/// Opens one method of a <see cref="GrainScope.Platform"/> interface to a tenant caller (any tenant) as well as the
/// platform admin. The grain itself then checks that the caller's tenant owns the record the call touches: for
/// key records, which are keyed by the key id alone (the gateway finds them from the presented key), so the
/// filter cannot tell their tenant from the grain key. Each use says why next to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TenantCallerAttribute : Attribute;
