using System.Reflection;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Tests.Scopes;

/// <summary>Every grain contract says who may call it, once, where the contract is declared.</summary>
public sealed class GrainScopeDeclarationTests
{
    private static readonly Assembly Contracts = typeof(ITenantGrain).Assembly;

    public static TheoryData<string> GrainInterfaces() =>
        [.. GrainInterfaceTypes().Select(t => t.FullName!)];

    [Fact]
    public void The_contracts_assembly_has_grain_interfaces_to_check()
    {
        Assert.True(GrainInterfaceTypes().Count() >= 10, "Reflection found fewer grain interfaces than the contracts hold.");
    }

    [Theory]
    [MemberData(nameof(GrainInterfaces))]
    public void Every_grain_interface_in_the_contracts_declares_exactly_one_scope(string grainInterface)
    {
        var type = Contracts.GetType(grainInterface, throwOnError: true)!;

        Assert.Single(type.GetCustomAttributes<GrainScopeAttribute>(inherit: false));
    }

    [Fact]
    public void Only_key_authentication_browser_sessions_on_a_key_and_the_endpoint_list_are_open_to_any_caller()
    {
        var open = GrainInterfaceTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.IsDefined(typeof(AnyCallerAttribute), inherit: false))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Order(StringComparer.Ordinal);

        // The session methods are open for the reason Authenticate is: each needs a hash only the holder of the key
        // (opening) or of the session's secret (resuming, ending) can present.
        Assert.Equal(
            ["IApiKeyGrain.Authenticate", "IApiKeyGrain.EndSession", "IApiKeyGrain.OpenSession", "IApiKeyGrain.ResumeSession", "ISiloEndpointDirectoryGrain.List"],
            open);
    }

    [Fact]
    public void Only_athlete_key_registration_and_revocation_are_open_to_tenant_callers()
    {
        var open = GrainInterfaceTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.IsDefined(typeof(TenantCallerAttribute), inherit: false))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(["IApiKeyGrain.RegisterAthleteKey", "IApiKeyGrain.RevokeAthleteKey"], open);
    }

    private static IEnumerable<Type> GrainInterfaceTypes() =>
        Contracts.GetTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t));
}
