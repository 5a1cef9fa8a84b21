using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Security;

/// <summary>
/// Writes a signed caller into request headers (gateway, tests) and reads it back strictly (silo): each value
/// has exactly one accepted spelling, so no variant (<c>0</c>-padded time, a numeric role, a padded signature)
/// can slip past a check that compared another spelling.
/// </summary>
public static class SignedCallerHeaders
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> Base64UrlAlphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The headers for <paramref name="request"/> signed as <paramref name="signature"/>, in the order they are sent.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(SignedRequest request, string signature)
    {
        yield return new(TenantContextHeaders.Role, request.Caller.Role.ToString());
        if (request.Caller.TenantId is { } tenant)
        {
            yield return new(TenantContextHeaders.Tenant, tenant);
        }

        if (request.Caller.TenantKind is { } kind)
        {
            yield return new(TenantContextHeaders.TenantKind, kind.ToString());
        }

        if (request.Caller.AthleteId is { } athlete)
        {
            yield return new(TenantContextHeaders.Athlete, athlete);
        }

        yield return new(TenantContextHeaders.Timestamp, request.UnixSeconds.ToString(CultureInfo.InvariantCulture));
        yield return new(TenantContextHeaders.Nonce, request.Nonce);
        yield return new(TenantContextHeaders.BodySha256, request.BodySha256);
        yield return new(TenantContextHeaders.Signature, signature);
    }

    /// <summary>
    /// Reads the caller, time, nonce, body digest and signature; false when any is missing, repeated or not in
    /// its one canonical form. <paramref name="header"/> returns a header's single value, or null when it is
    /// absent or sent more than once.
    /// </summary>
    public static bool TryRead(
        Func<string, string?> header, string method, string authority, string pathAndQuery, [NotNullWhen(true)] out SignedRequest? request, out string signature)
    {
        request = null;
        signature = header(TenantContextHeaders.Signature) ?? "";
        var nonce = header(TenantContextHeaders.Nonce);
        var body = header(TenantContextHeaders.BodySha256);
        if (!IsBase64Url(signature, RequestSigner.DigestChars) || !IsBase64Url(nonce, RequestSigner.NonceChars) || !IsBase64Url(body, RequestSigner.DigestChars)
            || !TryReadTimestamp(header(TenantContextHeaders.Timestamp), out var timestamp)
            || !TryReadCaller(header, out var caller))
        {
            return false;
        }

        request = new SignedRequest(caller, method, authority, pathAndQuery, timestamp, nonce!, body!);
        return true;
    }

    private static bool TryReadCaller(Func<string, string?> header, out CallerContext caller)
    {
        caller = CallerContext.Admin;
        var tenant = header(TenantContextHeaders.Tenant);
        var kind = header(TenantContextHeaders.TenantKind);
        var athlete = header(TenantContextHeaders.Athlete);
        switch (header(TenantContextHeaders.Role))
        {
            case nameof(CallerRole.Admin) when tenant is null && kind is null && athlete is null:
                return true;
            case nameof(CallerRole.Tenant) when athlete is null && TenantId.IsValid(tenant) && TryReadKind(kind, out var tenantKind):
                caller = new CallerContext(CallerRole.Tenant, tenant, tenantKind);
                return true;
            case nameof(CallerRole.Athlete) when AthleteId.IsValid(athlete) && TenantId.IsValid(tenant) && TryReadKind(kind, out var athleteTenantKind):
                caller = new CallerContext(CallerRole.Athlete, tenant, athleteTenantKind, athlete);
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadKind(string? value, out TenantKind kind)
    {
        (var known, kind) = value switch
        {
            nameof(TenantKind.Gym) => (true, TenantKind.Gym),
            nameof(TenantKind.Club) => (true, TenantKind.Club),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>Unix seconds as plain digits, no sign, no leading zero, at most 12 digits (the year 33658).</summary>
    private static bool TryReadTimestamp(string? value, out long seconds)
    {
        seconds = 0;
        return value is { Length: > 0 and <= 12 } && value[0] != '0' && !value.AsSpan().ContainsAnyExcept(Digits)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
    }

    /// <summary>Unpadded base64url of exactly <paramref name="length"/> characters that decodes.</summary>
    private static bool IsBase64Url(string? value, int length) =>
        value is not null && value.Length == length && !value.AsSpan().ContainsAnyExcept(Base64UrlAlphabet);
}
