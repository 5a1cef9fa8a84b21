using System.Security.Cryptography;
using System.Text;
using System.Buffers.Text;

namespace RunStrong.Web.Sessions;

/// <summary>
/// The browser's session cookie: <c>{keyId}.{secret}</c>, 256 random bits the server keeps only as a SHA-256
/// (on the key's grain), so neither storage nor logs hold anything that signs in. The key id says which key the
/// session hangs off; the key itself is never in the cookie.
/// </summary>
public static class WebSessionCookie
{
    public const string Name = "rs_session";

    /// <summary>
    /// The header a page's script (and the page server, calling the API for a form) sends with every unsafe API
    /// request made on the session: a cookie alone never authorizes a change (cross-site request forgery).
    /// </summary>
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>A fresh cookie value for a session on <paramref name="keyId"/>, and the hash the server keeps of its secret.</summary>
    public static (string Value, byte[] SecretHash) New(string keyId)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return ($"{keyId}.{secret}", SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The key id and the secret's SHA-256, or false for anything not of the form.</summary>
    public static bool TryParse(string? value, out string keyId, out byte[] secretHash)
    {
        keyId = "";
        secretHash = [];
        var dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (value is null || value.Length > 200 || dot < 1 || dot == value.Length - 1)
        {
            return false;
        }

        keyId = value[..dot];
        secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(value[(dot + 1)..]));
        return keyId.All(char.IsAsciiLetterOrDigit);
    }

    /// <summary>
    /// The session's anti-forgery token: a one-way function of the cookie, which is HttpOnly, so only a page this
    /// site served (which prints it) can send it; another site can neither read the cookie nor guess the token.
    /// </summary>
    public static string CsrfToken(string cookieValue) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("runstrong csrf\n" + cookieValue)));
}
