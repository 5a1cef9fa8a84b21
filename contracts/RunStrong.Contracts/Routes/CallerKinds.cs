namespace RunStrong.Contracts.Routes;

/// <summary>Who may call a route. A route names every kind it admits; anything else is refused.</summary>
[Flags]
public enum CallerKinds
{
    None = 0,

    /// <summary>A tenant's staff, with one of the tenant's API keys (<c>X-Api-Key</c>), on that tenant's paths only.</summary>
    TenantStaff = 1,

    /// <summary>The platform operator, with the admin key (<c>X-Admin-Key</c> or a bearer token).</summary>
    Admin = 2,

    /// <summary>Anyone, without credentials (public documents); limited per client address at the gateway.</summary>
    Anonymous = 4,

    /// <summary>
    /// One athlete, with an athlete-scoped key (<c>X-Api-Key</c>) that staff issued: only paths naming their own
    /// tenant and their own athlete id (another athlete's answers 404), and reads of challenges they are in.
    /// </summary>
    Athlete = 8,
}
