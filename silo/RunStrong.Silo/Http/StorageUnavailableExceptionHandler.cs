using Azure;
using Microsoft.AspNetCore.Diagnostics;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Http;

/// <summary>
/// A request whose storage call could not be made: storage is unreachable (this silo's or another silo's
/// storage circuit is open, or the SDK's retries ran out without an answer). The answer is 503 with Retry-After,
/// as for a platform at capacity: nothing was stored by this attempt unless it says so, and repeating it later
/// (with the same entry id, for logs) is safe. Storage that answered with an error is not this: that stays a 500.
/// </summary>
public sealed partial class StorageUnavailableExceptionHandler(ILogger<StorageUnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait: two probe intervals, so most retries find storage answering again.</summary>
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnreachable(exception))
        {
            return false;
        }

        LogRefused(logger, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Problems.Write(httpContext, StatusCodes.Status503ServiceUnavailable, "Storage unavailable",
            $"The platform's storage is not answering; nothing was changed by this request unless a retry shows it. Retry after {RetryAfterSeconds} s.");
        return true;
    }

    /// <summary>
    /// Unreachable storage, however it arrives: the circuit's own exception (or, from another silo, its name in
    /// Orleans' fallback for a type it could not rebuild), or the SDK's "no response" (status 0) after its retries.
    /// </summary>
    public static bool IsUnreachable(Exception? exception) =>
        exception switch
        {
            null => false,
            StorageUnavailableException => true,
            RequestFailedException { Status: 0 } => true,
            Orleans.Serialization.UnavailableExceptionFallbackException fallback => (fallback.ExceptionType?.Contains(nameof(StorageUnavailableException), StringComparison.Ordinal) ?? false)
                || IsUnreachable(fallback.InnerException),
            AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnreachable),
            _ => IsUnreachable(exception.InnerException),
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: storage unreachable ({Reason}).")]
    private static partial void LogRefused(ILogger logger, string method, string path, string reason);
}
