namespace RunStrong.Gateway.ApiReference;

/// <summary>
/// Security headers for the reference page (<see cref="ApiReferencePage.Prefix"/>), the gateway's only page outside
/// /app/ (whose stricter policy is the web pages'). Same origin only: Scalar renders with inline styles and starts
/// from an inline script, so those are allowed; nothing else loads, and the page connects nowhere but here (its
/// "try it" client calls this gateway).
/// </summary>
public sealed class ApiReferenceSecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ApiReferencePage.Prefix, StringComparison.Ordinal))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
        }

        return next(context);
    }
}
