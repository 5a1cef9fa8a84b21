using RunStrong.Contracts.Security;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// Removes every client-sent <c>X-RunStrong-*</c> header before anything reads the request: only the gateway
/// speaks in that namespace (the signed caller it forwards).
/// </summary>
public sealed class ForgedCallerHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        List<string>? forged = null;
        foreach (var name in headers.Keys)
        {
            if (name.StartsWith(TenantContextHeaders.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                (forged ??= []).Add(name);
            }
        }

        forged?.ForEach(name => headers.Remove(name));
        return next(context);
    }
}
