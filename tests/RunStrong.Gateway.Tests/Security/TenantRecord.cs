namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// What the platform admin sees of a case's tenant, and whether the tenant a sample request would create
/// exists: two reads are equal only if no admin route changed anything.
/// </summary>
internal static class TenantRecord
{
    public static async Task<string> ReadAsync(HttpClient admin, RouteValues values)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var tenant = await admin.GetAsync($"/api/admin/tenants/{values.TenantId}", cancel);
        using var created = await admin.GetAsync($"/api/admin/tenants/{values.NewTenantId}", cancel);
        Assert.Equal(HttpStatusCode.OK, tenant.StatusCode);
        return $"{await tenant.Content.ReadAsStringAsync(cancel)}\ntenant {values.NewTenantId}: {(int)created.StatusCode}";
    }
}
