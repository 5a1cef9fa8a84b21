using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RunStrong.Web.Tests.Browser;

/// <summary>
/// A tiny Kestrel on a free loopback port serving fixed responses: lets the infrastructure's own tests load pages
/// over real HTTP, with the headers (a Content-Security-Policy) a test asks for.
/// </summary>
internal sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalSite(WebApplication app, string address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; }

    /// <summary>Serves each path's body with its content type; <paramref name="contentSecurityPolicy"/> on every response.</summary>
    public static async Task<LocalSite> StartAsync(IReadOnlyDictionary<string, (string ContentType, string Body)> files, string? contentSecurityPolicy = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            if (contentSecurityPolicy is not null)
            {
                context.Response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
            }

            if (!files.TryGetValue(context.Request.Path.Value ?? "/", out var file))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = file.ContentType;
            await context.Response.WriteAsync(file.Body);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new LocalSite(app, app.Urls.Single().TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
