namespace RunStrong.Web.Sessions;

/// <summary>Why the sign-in page is shown again: a code in its query, turned into a sentence by the page.</summary>
public static class SignInProblem
{
    public const string UnknownKey = "unknown-key";
    public const string TooManyAttempts = "too-many";
    public const string ExpiredForm = "expired-form";
    public const string Suspended = "suspended";
    public const string SignedOut = "signed-out";

    public static string? Describe(string? code) => code switch
    {
        UnknownKey => "That key was not recognised. Check it, or ask your club or gym for a new sign-in link.",
        TooManyAttempts => "Too many attempts from this address. Wait a minute and try again.",
        ExpiredForm => "The form expired. Please sign in again.",
        Suspended => "This organisation's account is suspended. Contact the RunStrong operator.",
        SignedOut => "You are signed out.",
        _ => null,
    };
}
