using Microsoft.AspNetCore.Authorization;

namespace RunStrong.Gateway.Authorization;

/// <summary>
/// Why a route refused an authenticated caller, with the status it answers: 403 for a route the caller may
/// never use, 404 for another tenant's path (the same answer as a tenant that does not exist, so nothing leaks).
/// </summary>
public sealed class RouteRefusal(IAuthorizationHandler handler, int status, string title, string detail)
    : AuthorizationFailureReason(handler, detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
