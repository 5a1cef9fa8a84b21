using System.Text.Encodings.Web;

namespace RunStrong.Gateway.Ops;

/// <summary>The operator sign-in form: one password field for the admin key, posted with an anti-forgery token.</summary>
internal static class SignInPage
{
    /// <summary>No script, no outside resource, no framing: the page only posts its form to itself.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static string Render(string antiforgeryField, string antiforgeryToken, string returnUrl, string? error)
    {
        var html = HtmlEncoder.Default;
        var message = error is null ? "" : $"<p role=\"alert\" class=\"error\">{html.Encode(error)}</p>";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>RunStrong ops: sign in</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 4rem auto; padding: 0 1rem; }
                label, input, button { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; }
                input { margin: .4rem 0 1rem; padding: .5rem; }
                button { padding: .6rem; }
                .error { color: #a00; }
              </style>
            </head>
            <body>
              <h1>RunStrong operations</h1>
              <p>Sign in with the platform admin key. The key is checked once; your browser keeps only a session.</p>
              {{message}}
              <form method="post" action="{{OpsSessions.SignInPath}}">
                <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
                <label for="key">Admin key</label>
                <input id="key" name="key" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
              </form>
            </body>
            </html>
            """;
    }
}
