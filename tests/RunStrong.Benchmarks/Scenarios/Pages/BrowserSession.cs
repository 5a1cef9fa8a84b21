using System.Net;
using System.Text.RegularExpressions;

namespace RunStrong.Benchmarks.Scenarios.Pages;

/// <summary>Signs in at /app/ as a browser does (the form and its anti-forgery token) and returns the session cookie to send.</summary>
internal static partial class BrowserSession
{
    public static async Task<string> SignInAsync(Uri gateway, string key, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = gateway };
        var form = await browser.GetStringAsync("/app/", cancellationToken);
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page carries no anti-forgery token.");
        }

        using var signIn = await browser.PostAsync("/app/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["key"] = key,
        }), cancellationToken);
        var session = cookies.GetCookies(gateway)["rs_session"]
            ?? throw new InvalidOperationException($"Signing in answered {(int)signIn.StatusCode} {signIn.Headers.Location} without a session.");
        return $"rs_session={session.Value}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
