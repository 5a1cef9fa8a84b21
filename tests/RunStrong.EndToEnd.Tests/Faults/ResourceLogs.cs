using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.EndToEnd.Tests.Failover;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// The AppHost resources' console output (the gateway's and every silo's, across restarts), each line stamped on
/// the test's <see cref="Timeline"/> as it arrives. Lines logged before the watch began arrive at once, stamped
/// with its start: start it before anything the test looks at happens.
/// </summary>
internal sealed class ResourceLogs : IAsyncDisposable
{
    private readonly ConcurrentQueue<(double At, string Resource, string Line)> lines = new();
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> watches = [];

    public ResourceLogs(DistributedApplication app, Timeline timeline, Func<string, bool> resources)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(r => resources(r.Name)))
        {
            watches.Add(Task.Run(async () =>
            {
                try
                {
                    await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stop.Token))
                    {
                        foreach (var line in batch)
                        {
                            lines.Enqueue((timeline.Now, resource.Name, line.Content));
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The test is over.
                }
            }));
        }
    }

    public IReadOnlyList<(double At, string Resource, string Line)> Of(string resource) =>
        [.. lines.Where(l => l.Resource == resource).OrderBy(l => l.At)];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(watches);
        stop.Dispose();
    }
}
