using Xunit;
using System.Net;
using System.Text.RegularExpressions;
using RunStrong.Testing;

namespace RunStrong.Web.Tests.Sessions;

/// <summary>Signs in at /app/ the way a browser does (load the form, post it with its token), over plain HTTP.</summary>
public static partial class WebSignIn
{
    public static (HttpClient Client, CookieContainer Cookies) Browser(InProcessPlatform platform)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = platform.GatewayAddress };
        return (client, cookies);
    }

    /// <summary>Posts the sign-in form with <paramref name="key"/>; returns the answer (a redirect).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string key, string? returnUrl = null)
    {
        var form = await browser.GetStringAsync("/app/", TestContext.Current.CancellationToken);
        var token = TokenField().Match(form);
        Assert.True(token.Success, "The sign-in page carries an anti-forgery token.");
        return await browser.PostAsync("/app/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["key"] = key,
            ["returnUrl"] = returnUrl ?? "",
        }), TestContext.Current.CancellationToken);
    }

    public static string? SessionCookie(CookieContainer cookies, InProcessPlatform platform) =>
        cookies.GetCookies(platform.GatewayAddress)["rs_session"]?.Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
