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
        // Enumerating the pairs, not Keys: Kestrel's Keys builds a new list per call, on every request.
        foreach (var header in headers)
        {
            if (header.Key.StartsWith(TenantContextHeaders.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                (forged ??= []).Add(header.Key);
            }
        }

        forged?.ForEach(name => headers.Remove(name));
        return next(context);
    }
}
