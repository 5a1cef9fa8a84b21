namespace RunStrong.Contracts.Security;

/// <summary>
/// Exempts one method from its interface's <see cref="GrainScope"/>: anyone who reaches the cluster may call
/// it, with or without a caller. Only for methods that reveal nothing to a caller who could not call the
/// rest: key authentication (it needs the key's hash to say anything) and the silos' endpoint list (the
/// gateway reads it before any caller exists). Each use says why next to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AnyCallerAttribute : Attribute;
