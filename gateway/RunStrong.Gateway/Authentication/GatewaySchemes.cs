namespace RunStrong.Gateway.Authentication;

/// <summary>The gateway's authentication schemes: how each kind of caller proves who it is.</summary>
public static class GatewaySchemes
{
    /// <summary>An API key in <c>X-Api-Key</c>: a tenant's staff, or one athlete with an athlete-scoped key (<see cref="TenantKeyHandler"/>).</summary>
    public const string TenantKey = "TenantKey";

    /// <summary>The platform admin key in <c>X-Admin-Key</c> (<see cref="AdminKeyHandler"/>).</summary>
    public const string AdminKey = "AdminKey";

    /// <summary>The admin key in <c>X-Admin-Key</c> or as a bearer token: what a Prometheus scrape sends, for <c>/metrics</c> only.</summary>
    public const string AdminBearer = "AdminBearer";

    /// <summary>An operator's browser session, after signing in at <c>/ops/sign-in</c> with the admin key (a cookie, never the key).</summary>
    public const string OpsSession = "OpsSession";

    /// <summary>
    /// A browser signed in at <c>/app/</c> with a staff or athlete key: a session cookie that holds no key
    /// (<see cref="WebSessionHandler"/>). Accepted by the web pages and, for their scripts, by the API routes.
    /// </summary>
    public const string WebSession = "WebSession";

    /// <summary>Ops pages: the admin key when a header carries one, else the operator's session (which a browser is sent to sign in for).</summary>
    public const string Ops = "Ops";

    /// <summary>The claim type naming who the caller is: <see cref="CallerKinds"/> as text.</summary>
    public const string CallerKindClaim = "runstrong:caller";

    /// <summary>The claim type of a tenant staff or athlete caller's tenant id.</summary>
    public const string TenantClaim = "runstrong:tenant";

    /// <summary>The claim type of an athlete caller's athlete id (an athlete-scoped key).</summary>
    public const string AthleteClaim = "runstrong:athlete";
}
