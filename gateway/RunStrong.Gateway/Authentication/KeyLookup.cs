using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Authentication;

/// <summary>What presenting an API key came to.</summary>
public sealed record KeyLookup(ApiKeyOwner? Owner, bool Throttled)
{
    public static KeyLookup Unknown { get; } = new(null, false);

    /// <summary>This client address looked up too many keys the gateway did not know: refused before any grain call.</summary>
    public static KeyLookup TooMany { get; } = new(null, true);

    public static KeyLookup Of(ApiKeyOwner? owner) => owner is null ? Unknown : new(owner, false);
}
