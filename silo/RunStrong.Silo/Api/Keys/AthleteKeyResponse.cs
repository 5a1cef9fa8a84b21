namespace RunStrong.Silo.Api.Keys;

/// <summary>
/// A new athlete key, shown once: the key itself and a link that signs the athlete in to the web app with it.
/// The key rides in the link's fragment (after <c>#</c>), which browsers never send to a server, so it stays out
/// of request lines, access logs and Referer headers.
/// </summary>
public sealed record AthleteKeyResponse(string KeyId, string ApiKey, string SignInUrl)
{
    /// <summary>The web app's sign-in page, under the public address.</summary>
    public const string SignInPath = "/app/";

    public static string SignInUrlOf(string publicBaseUrl, string apiKey) => $"{publicBaseUrl}{SignInPath}#key={Uri.EscapeDataString(apiKey)}";
}
