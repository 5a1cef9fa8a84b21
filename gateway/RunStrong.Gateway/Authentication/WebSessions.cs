using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Web.Sessions;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// Browser sessions on the key grains: signing in opens one on the presented key, each request resumes it. A
/// resumption is cached for the key cache period like a key lookup, so revoking the key or suspending the tenant
/// ends the session within the same bound, and a busy page costs one grain call per period. A cache miss is
/// charged to the client address (<see cref="KeyLookupLimiter"/>): made-up cookies cannot activate grains without bound.
/// </summary>
public sealed class WebSessions(IClusterClient cluster, IMemoryCache cache, KeyLookupLimiter lookups, IOptions<GatewaySettings> settings)
{
    private static readonly object Ended = new();

    /// <summary>Signs in: a new session on the key, and the cookie value that carries it; null owner for a wrong key.</summary>
    public async Task<(KeyLookup Lookup, string? Cookie)> OpenAsync(string? presentedKey, IPAddress? client)
    {
        if (!lookups.TryLookup(client))
        {
            return (KeyLookup.TooMany, null);
        }

        if (!ApiKey.TryGetKeyId(presentedKey, out var keyId))
        {
            return (KeyLookup.Unknown, null);
        }

        var (cookie, secretHash) = WebSessionCookie.New(keyId);
        var owner = await cluster.GetGrain<IApiKeyGrain>(keyId).OpenSession(ApiKey.Hash(presentedKey!), secretHash, IdleTimeout);
        if (owner is null)
        {
            return (KeyLookup.Unknown, null);
        }

        Remember(cookie, owner);
        return (KeyLookup.Of(owner), cookie);
    }

    public async ValueTask<KeyLookup> ResumeAsync(string cookie, IPAddress? client)
    {
        if (cache.TryGetValue(CacheKey(cookie), out var cached))
        {
            return KeyLookup.Of(cached as ApiKeyOwner);
        }

        if (!WebSessionCookie.TryParse(cookie, out var keyId, out var secretHash))
        {
            return KeyLookup.Unknown;
        }

        if (!lookups.TryLookup(client))
        {
            return KeyLookup.TooMany;
        }

        var owner = await cluster.GetGrain<IApiKeyGrain>(keyId).ResumeSession(secretHash);
        Remember(cookie, owner);
        return KeyLookup.Of(owner);
    }

    /// <summary>Signs out: the session is gone on the key's grain and from this gateway's cache at once.</summary>
    public async Task EndAsync(string cookie)
    {
        cache.Set(CacheKey(cookie), Ended, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = KeyCache, Size = 1 });
        if (WebSessionCookie.TryParse(cookie, out var keyId, out var secretHash))
        {
            await cluster.GetGrain<IApiKeyGrain>(keyId).EndSession(secretHash);
        }
    }

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(settings.Value.WebSessionIdleMinutes);

    private TimeSpan KeyCache => TimeSpan.FromSeconds(settings.Value.KeyCacheSeconds);

    private void Remember(string cookie, ApiKeyOwner? owner) =>
        cache.Set(
            CacheKey(cookie),
            owner ?? Ended,
            new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = owner is null ? TimeSpan.FromSeconds(settings.Value.UnknownKeyCacheSeconds) : KeyCache,
                Size = 1,
            });

    /// <summary>Apart from the API keys' entries in the same cache (a cookie is never a key, but keep the spaces distinct).</summary>
    private static string CacheKey(string cookie) => "session\n" + cookie;
}
