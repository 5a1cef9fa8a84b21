using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Hosting;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>Load shedding reads the route's rule: event streams are never counted or shed; ordinary requests still are.</summary>
public sealed class LeaderboardEventsLoadSheddingTests
{
    [Fact]
    public async Task Open_event_streams_neither_fill_the_bound_nor_are_shed()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var shedding = Shedding.Over(_ => open.Task, maxConcurrent: 1);

        var streams = Enumerable.Range(0, 3).Select(_ => TenantRequest(ApiRoutes.Challenges.GetLeaderboardEvents)).ToList();
        var streaming = streams.Select(shedding.InvokeAsync).ToList();
        var read = TenantRequest(ApiRoutes.Challenges.GetLeaderboard);
        var reading = shedding.InvokeAsync(read);
        var shed = TenantRequest(ApiRoutes.Challenges.GetLeaderboard);
        await shedding.InvokeAsync(shed);
        open.SetResult();
        await Task.WhenAll([.. streaming, reading]);

        Assert.True(ApiRoutes.Challenges.GetLeaderboardEvents.EventStream);
        Assert.All(streams, stream => Assert.Equal(StatusCodes.Status200OK, stream.Response.StatusCode));
        Assert.Equal(StatusCodes.Status200OK, read.Response.StatusCode);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, shed.Response.StatusCode);
    }

    [Fact]
    public void Only_the_live_leaderboard_is_declared_an_event_stream()
    {
        Assert.Equal(["GetLeaderboardEvents"], ApiRoutes.All.Where(rule => rule.EventStream).Select(rule => rule.Name));
    }

    private static DefaultHttpContext TenantRequest(RouteRule rule) => Shedding.TenantRequest(rule);
}
