using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Maps a presented API key to its tenant by asking the key's grain, and caches the answer briefly (known and
/// unknown keys alike, in a size-bounded cache) so a busy tenant costs one grain call per cache period instead
/// of one per request. A key that is not of our form costs nothing; a cache miss is charged to the client
/// address (<see cref="KeyLookupLimiter"/>), so guessing keys cannot activate grains without bound.
/// </summary>
public sealed class ApiKeyAuthenticator(IClusterClient cluster, IMemoryCache cache, KeyLookupLimiter lookups, IOptions<GatewaySettings> settings)
{
    private static readonly object Unknown = new();

    public async ValueTask<KeyLookup> AuthenticateAsync(string? presentedKey, IPAddress? client)
    {
        if (!ApiKey.TryGetKeyId(presentedKey, out var keyId))
        {
            return KeyLookup.Unknown;
        }

        // Cached by the key itself: a hit costs a dictionary lookup, not a SHA-256 (a few percent of the
        // gateway's CPU per request). The cache lives only in this process's memory, like the request.
        if (cache.TryGetValue(presentedKey!, out var cached))
        {
            return KeyLookup.Of(cached as ApiKeyOwner);
        }

        if (!lookups.TryLookup(client))
        {
            return KeyLookup.TooMany;
        }

        var owner = await cluster.GetGrain<IApiKeyGrain>(keyId).Authenticate(ApiKey.Hash(presentedKey!));
        var lifetime = TimeSpan.FromSeconds(owner is null ? settings.Value.UnknownKeyCacheSeconds : settings.Value.KeyCacheSeconds);
        cache.Set(presentedKey!, owner ?? Unknown, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });
        return KeyLookup.Of(owner);
    }
}
