using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Hosting;

namespace RunStrong.Gateway.Tests;

/// <summary>Past the in-flight bound, tenant requests are refused at once with 503 + Retry-After; others pass.</summary>
public sealed class LoadSheddingTests
{
    [Fact]
    public async Task Requests_beyond_the_bound_are_shed_at_once_and_capacity_returns_when_requests_finish()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var shedding = new LoadShedding(_ => release.Task, Options(maxConcurrent: 2));

        var first = shedding.InvokeAsync(TenantRequest());
        var second = shedding.InvokeAsync(TenantRequest());
        var third = TenantRequest();
        await shedding.InvokeAsync(third);
        var admin = new DefaultHttpContext();
        var adminCall = shedding.InvokeAsync(admin);
        release.SetResult();
        await Task.WhenAll(first, second, adminCall);
        var afterwards = TenantRequest();
        await shedding.InvokeAsync(afterwards);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, third.Response.StatusCode);
        Assert.Equal("1", third.Response.Headers.RetryAfter.ToString());
        Assert.Equal(StatusCodes.Status200OK, admin.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, afterwards.Response.StatusCode);
    }

    private static DefaultHttpContext TenantRequest()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Features.Set(new ApiKeyOwner("club-1", TenantKind.Club, TenantStatus.Active, TenantLimits.Default));
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static IOptionsMonitor<GatewaySettings> Options(int maxConcurrent)
    {
        var services = new ServiceCollection();
        services.Configure<GatewaySettings>(s => s.MaxConcurrentRequests = maxConcurrent);
        return services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<GatewaySettings>>();
    }
}
