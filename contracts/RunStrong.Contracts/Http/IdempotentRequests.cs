namespace RunStrong.Contracts.Http;

/// <summary>
/// Which requests may be sent again after a failure without changing the outcome: the HTTP-idempotent
/// methods, and the POSTs the API makes idempotent by id (athlete log entries, challenges and teams: the
/// same id again is "already there"). Imports and admin POSTs are not: a second one creates a second thing.
/// Gateway and silo retry by the same rule.
/// </summary>
public static class IdempotentRequests
{
    public static bool Allow(string method, string path) =>
        method is "GET" or "HEAD" or "OPTIONS" or "PUT" or "DELETE"
        || (method == "POST" && path.StartsWith("/api/t/", StringComparison.Ordinal)
            && (path.Contains("/athletes/", StringComparison.Ordinal) || path.Contains("/challenges", StringComparison.Ordinal)));
}
