using RunStrong.Silo.Grains;

namespace RunStrong.Silo.Tests.Scopes;

/// <summary>How the silo tells a call from inside a silo from one sent by an external Orleans client.</summary>
public sealed class CallOriginTests
{
    [Fact]
    public void A_call_from_a_grain_comes_from_inside_a_silo() =>
        Assert.True(CallOrigin.IsInsideSilo(GrainId.Create("athlete", "gym/ana")));

    [Fact]
    public void A_call_from_a_silos_hosted_client_comes_from_inside_a_silo() =>
        Assert.True(CallOrigin.IsInsideSilo(Client(CallOrigin.HostedClientKeyPrefix + "S127.0.0.1:11111:1")));

    [Fact]
    public void A_call_from_an_external_client_does_not() =>
        Assert.False(CallOrigin.IsInsideSilo(Client(Guid.NewGuid().ToString("N"))));

    [Fact]
    public void A_call_without_a_recorded_sender_does_not() =>
        Assert.False(CallOrigin.IsInsideSilo(null));

    // Orleans' ClientGrainId is internal; its grain id is the client grain type with the client's key.
    private static GrainId Client(string key) => GrainId.Create(GrainTypePrefix.ClientGrainType, key);
}
