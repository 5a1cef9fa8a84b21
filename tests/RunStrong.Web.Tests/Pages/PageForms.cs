using Xunit;
using System.Net;
using System.Text.RegularExpressions;

namespace RunStrong.Web.Tests.Pages;

/// <summary>Posts a page's server-rendered form the way a browser without script does: its token, its handler name, its fields.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(page, TestContext.Current.CancellationToken);
        var token = TokenField().Match(html);
        Assert.True(token.Success, "The page carries an anti-forgery token.");
        Assert.Contains($"name=\"_handler\" value=\"{formName}\"", html, StringComparison.Ordinal);
        var body = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        return await browser.PostAsync(page, new FormUrlEncodedContent(body), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
