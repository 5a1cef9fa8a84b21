using RunStrong.Contracts.Http;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// Which requests gateway and silo may send again after a failure. A wrong "yes" would create a second
/// import or a second key; a wrong "no" turns a dead silo into client errors.
/// </summary>
public sealed class IdempotentRequestsTests
{
    [Theory]
    [InlineData("GET", "/api/t/club-1/challenges/c/leaderboard")]
    [InlineData("PUT", "/api/t/gym-1/athletes/ana")]
    [InlineData("DELETE", "/api/t/gym-1/athletes/ana/runs/r1")]
    [InlineData("POST", "/api/t/gym-1/athletes/ana/runs")]
    [InlineData("POST", "/api/t/gym-1/athletes/ana/strength-sessions")]
    [InlineData("POST", "/api/t/club-1/challenges")]
    [InlineData("POST", "/api/t/club-1/challenges/c/teams")]
    public void Repeatable_requests_may_be_retried(string method, string path) =>
        Assert.True(IdempotentRequests.Allow(method, path));

    [Theory]
    [InlineData("POST", "/api/t/gym-1/imports")]
    [InlineData("POST", "/api/t/gym-1/imports/imp-1/cancel")]
    [InlineData("POST", "/api/admin/tenants")]
    [InlineData("POST", "/api/admin/tenants/gym-1/keys")]
    [InlineData("POST", "/api/admin/tenants/gym-1/suspend")]
    [InlineData("PATCH", "/api/t/gym-1/athletes/ana")]
    public void Requests_that_would_create_or_do_something_twice_are_not_retried(string method, string path) =>
        Assert.False(IdempotentRequests.Allow(method, path));
}
