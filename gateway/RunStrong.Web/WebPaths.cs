namespace RunStrong.Web;

/// <summary>Where the pages live, for the gateway's endpoints and the pages' own links.</summary>
public static class WebPaths
{
    public const string SignInPage = "/app/";
    public const string SignIn = "/app/sign-in";
    public const string SignOut = "/app/sign-out";
    public const string Assets = "/app/assets";

    /// <summary>Only a path on these pages: never an absolute or protocol-relative URL (no open redirect).</summary>
    public static bool IsPage(string? url) =>
        url is { Length: > 5 and < 2048 } && url.StartsWith("/app/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal) && !url.StartsWith(SignIn, StringComparison.Ordinal) && !url.StartsWith(SignOut, StringComparison.Ordinal);
}
