using RunStrong.Contracts.Security;

namespace RunStrong.Silo.Api;

internal static class CallerExtensions
{
    /// <summary>The caller the gateway signed for; the authentication middleware guarantees one on every API route.</summary>
    public static CallerContext Caller(this HttpContext context) =>
        context.Features.Get<CallerContext>() ?? throw new InvalidOperationException("No authenticated caller on this request.");
}
