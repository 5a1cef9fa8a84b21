using RunStrong.Contracts.Routes;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// Which requests gateway and silo may send again after a failure, as the route rules declare it. A wrong "yes"
/// would create a second import or a second key; a wrong "no" turns a dead silo into client errors.
/// </summary>
public sealed class RetrySafeRoutesTests
{
    public static TheoryData<string> Repeatable => new(
        ApiRoutes.Challenges.GetLeaderboard.Name, ApiRoutes.Athletes.PutProfile.Name, ApiRoutes.Athletes.DeleteRun.Name,
        ApiRoutes.Athletes.PostRun.Name, ApiRoutes.Athletes.PostStrengthSession.Name, ApiRoutes.Challenges.CreateChallenge.Name,
        ApiRoutes.Challenges.CreateTeam.Name, ApiRoutes.Members.PatchMember.Name,
        ApiRoutes.DataProtection.EraseAthlete.Name, ApiRoutes.DataProtection.EraseTenant.Name);

    public static TheoryData<string> NotRepeatable => new(
        ApiRoutes.MemberImports.StartImport.Name, ApiRoutes.MemberImports.CancelImport.Name, ApiRoutes.Platform.CreateTenant.Name,
        ApiRoutes.Platform.IssueTenantKey.Name, ApiRoutes.Platform.SuspendTenant.Name);

    [Theory]
    [MemberData(nameof(Repeatable))]
    public void Repeatable_requests_may_be_retried(string route) => Assert.True(ApiRoutes.Named(route)!.RetrySafe);

    [Theory]
    [MemberData(nameof(NotRepeatable))]
    public void Requests_that_would_create_or_do_something_twice_are_not_retried(string route) => Assert.False(ApiRoutes.Named(route)!.RetrySafe);

    [Fact]
    public void Every_get_put_and_delete_is_retry_safe()
    {
        var unsafeReads = ApiRoutes.All.Where(rule => rule.Method is "GET" or "PUT" or "DELETE" && !rule.RetrySafe).Select(rule => rule.Name).ToList();

        Assert.Empty(unsafeReads);
    }
}
