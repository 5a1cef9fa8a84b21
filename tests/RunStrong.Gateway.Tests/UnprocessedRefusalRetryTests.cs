using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Contracts.Cluster;
using RunStrong.Gateway.Forwarding;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// A silo that refuses a request unprocessed (503 with X-RunStrong-Unprocessed: it was stalled and is not yet
/// confirmed a member) gets it taken away: the gateway sends the same request to another silo, whatever its
/// method, and the client sees that silo's answer. A 503 without that header is the silo's answer, passed on.
/// (On real processes: the pause test in the EndToEnd tests, Faults.)
/// </summary>
public sealed class UnprocessedRefusalRetryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_post_refused_unprocessed_by_one_silo_is_sent_to_another_and_answered_there()
    {
        var (context, silos) = ProxiedPost();
        var tried = new List<string>();

        await IdempotentRetry.InvokeAsync(context, () => Attempt(context, tried, refuse: tried.Count == 0));

        Assert.Equal(["silo-a", "silo-b"], tried);
        Assert.Equal(StatusCodes.Status201Created, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey(UnprocessedRefusal.Header));
        Assert.Equal(2, silos.Count);
    }

    [Fact]
    public async Task When_every_attempt_is_refused_the_client_gets_503_with_Retry_After()
    {
        var (context, _) = ProxiedPost();
        var tried = new List<string>();

        await IdempotentRetry.InvokeAsync(context, () => Attempt(context, tried, refuse: true));

        Assert.Equal(IdempotentRetry.MaxAttempts, tried.Count);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("without processing it", await new StreamReader(context.Response.Body).ReadToEndAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_without_the_header_is_the_silos_answer_and_is_not_retried()
    {
        var (context, _) = ProxiedPost();
        var tried = 0;

        await IdempotentRetry.InvokeAsync(context, async () =>
        {
            tried++;
            using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            var transform = new ResponseTransformContext { HttpContext = context, ProxyResponse = response };
            await new UnprocessedRefusalTransform().ApplyAsync(transform);
            Assert.False(transform.SuppressResponseBody);
        });

        Assert.Equal(1, tried);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
    }

    /// <summary>One proxied attempt as YARP runs it: pick a destination, get the silo's answer, run the response transform.</summary>
    private static async Task Attempt(HttpContext context, List<string> tried, bool refuse)
    {
        var proxy = context.GetReverseProxyFeature();
        var destination = proxy.AvailableDestinations[0];
        proxy.ProxiedDestination = destination;
        tried.Add(destination.DestinationId);
        using var response = new HttpResponseMessage(refuse ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Created);
        if (refuse)
        {
            response.Headers.Add(UnprocessedRefusal.Header, UnprocessedRefusal.Stalled);
            context.Response.Headers[UnprocessedRefusal.Header] = UnprocessedRefusal.Stalled;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        var transform = new ResponseTransformContext { HttpContext = context, ProxyResponse = response };
        await new UnprocessedRefusalTransform().ApplyAsync(transform);
        Assert.Equal(refuse, transform.SuppressResponseBody);
    }

    /// <summary>A POST (not declared retry-safe) with a buffered body, as the gateway holds it, and two silos to send it to.</summary>
    private static (DefaultHttpContext Context, IReadOnlyList<DestinationState> Silos) ProxiedPost()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Request.Method = HttpMethods.Post;
        context.Request.Body = new MemoryStream("{\"id\":\"run-1\"}"u8.ToArray());
        context.Response.Body = new MemoryStream();
        IReadOnlyList<DestinationState> silos = [new DestinationState("silo-a"), new DestinationState("silo-b")];
        context.Features.Set<IReverseProxyFeature>(new ReverseProxyFeature { AvailableDestinations = silos, AllDestinations = silos });
        return (context, silos);
    }
}
