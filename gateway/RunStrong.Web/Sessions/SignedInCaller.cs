namespace RunStrong.Web.Sessions;

/// <summary>
/// Who is signed in on this request, as the gateway authenticated the session cookie: the pages read it to
/// choose what to show, and send <see cref="CookieValue"/> on with their API calls, so the API decides what the
/// caller may read exactly as for any other client.
/// </summary>
/// <param name="AthleteId">Set for an athlete key's session: that athlete's pages only.</param>
/// <param name="IsClub">A club tenant (challenges) rather than a gym (imports).</param>
public sealed record SignedInCaller(string TenantId, string? AthleteId, bool IsClub, string CookieValue)
{
    public bool IsStaff => AthleteId is null;

    public string CsrfToken { get; } = WebSessionCookie.CsrfToken(CookieValue);

    /// <summary>Where signing in lands: the athlete's own page, or the members list for staff.</summary>
    public string Home => AthleteId is null ? "/app/athletes" : $"/app/athletes/{Uri.EscapeDataString(AthleteId)}";
}
