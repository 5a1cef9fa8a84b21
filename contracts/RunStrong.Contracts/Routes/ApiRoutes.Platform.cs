namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>Platform administration and operations: the admin key only.</summary>
    public static class Platform
    {
        public const string Tenants = "api/admin/tenants";

        // Creating a tenant or a key makes a new thing each time (a second key, a 409): not retried once sent.
        public static readonly RouteRule CreateTenant = new("CreateTenant", "POST", Tenants, Admin, null, RetrySafe: false, RouteBody.AdminDocument);
        public static readonly RouteRule ListTenants = new("ListTenants", "GET", Tenants, Admin, null, RetrySafe: true, RouteBody.AdminDocument);
        public static readonly RouteRule GetTenant = new("GetTenant", "GET", Tenants + "/{tenantId}", Admin, null, RetrySafe: true, RouteBody.AdminDocument);
        public static readonly RouteRule SuspendTenant = new("SuspendTenant", "POST", Tenants + "/{tenantId}/suspend", Admin, null, RetrySafe: false, RouteBody.AdminDocument);
        public static readonly RouteRule ResumeTenant = new("ResumeTenant", "POST", Tenants + "/{tenantId}/resume", Admin, null, RetrySafe: false, RouteBody.AdminDocument);
        public static readonly RouteRule SetTenantLimits = new("SetTenantLimits", "PUT", Tenants + "/{tenantId}/limits", Admin, null, RetrySafe: true, RouteBody.AdminDocument);
        public static readonly RouteRule IssueTenantKey = new("IssueTenantKey", "POST", Tenants + "/{tenantId}/keys", Admin, null, RetrySafe: false, RouteBody.AdminDocument);
        public static readonly RouteRule RevokeTenantKey = new("RevokeTenantKey", "DELETE", Tenants + "/{tenantId}/keys/{keyId}", Admin, null, RetrySafe: true, RouteBody.AdminDocument);

        public static readonly RouteRule GetCluster = new("GetCluster", "GET", "ops/cluster", Admin, null, RetrySafe: true, RouteBody.AdminDocument);

        /// <summary>The OpenAPI description: public, like the contract it describes.</summary>
        public static readonly RouteRule GetOpenApiDocument = new("GetOpenApiDocument", "GET", "openapi/{documentName}.json", CallerKinds.Anonymous, null, RetrySafe: true, RouteBody.AdminDocument);
    }
}
