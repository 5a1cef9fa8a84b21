namespace RunStrong.Gateway.Authentication;

/// <summary>Why a request with a live session cookie was still not authenticated, for the answer to say so.</summary>
public sealed record WebSessionRefusal(string Detail)
{
    public static WebSessionRefusal MissingCsrfToken { get; } = new(
        $"A change made with a browser session must carry the page's {RunStrong.Web.Sessions.WebSessionCookie.CsrfHeader} header; reload the page and try again.");
}
