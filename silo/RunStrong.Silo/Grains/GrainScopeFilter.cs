using RunStrong.Contracts.Security;
using System.Collections.Concurrent;

namespace RunStrong.Silo.Grains;

/// <summary>
/// The last wall inside the cluster, deny by default: a call to a RunStrong grain goes through only when the
/// scope its interface declares (<see cref="GrainScopeAttribute"/>, <see cref="GrainScope"/>) allows this
/// caller, so a tenant never reaches another tenant's grain and a new grain interface without a scope is
/// refused until it gets one. The HTTP layer checks tenants first; this catches any code path that forgets to.
/// </summary>
public sealed class GrainScopeFilter : IIncomingGrainCallFilter
{
    // Attributes are read once per interface: this runs on every grain call.
    private static readonly ConcurrentDictionary<Type, GrainScopeRule> Rules = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        var method = context.InterfaceMethod;

        // A call that names no interface method cannot be matched to a declared scope; let Orleans' own
        // requests through and refuse anything else.
        var grainInterface = method?.DeclaringType ?? context.Request.GetInterfaceType();
        var rule = Rules.GetOrAdd(grainInterface, GrainScopeRule.For);
        var refusal = method is null
            ? (rule.IsFramework ? null : "the call names no interface method")
            : rule.Refusal(method, context.TargetId, context.SourceId);
        if (refusal is not null)
        {
            throw new UnauthorizedAccessException($"{grainInterface.Name}.{method?.Name ?? context.MethodName} refused: {refusal}.");
        }

        return context.Invoke();
    }
}
