using System.Diagnostics;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// A closed-loop load: <c>concurrency</c> workers each send one request, wait for the whole response, and
/// send the next, until the window closes. Bounded in both requests in flight and time; every request has
/// a timeout. Traffic goes only to the target's base address (loopback). A 429/503 with Retry-After is what a
/// well-behaved client waits out: the worker counts it as shed (not as an error) and pauses as asked, so a
/// platform that sheds load is not hammered by the loop it is shedding.
/// </summary>
public sealed class LoadGenerator : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private readonly HttpClient http;
    private readonly LoadTarget target;

    public LoadGenerator(LoadTarget target, int concurrency)
    {
        this.target = target;
        Concurrency = concurrency;

        // One connection per worker, kept for the whole run.
        http = LoopbackClient.Create(target.BaseAddress, concurrency, RequestTimeout, target.Tls);
    }

    public int Concurrency { get; }

    public string TargetName => target.Name;

    /// <summary>Runs the loop for <paramref name="duration"/> and returns counts and latencies.</summary>
    public async Task<LoadOutcome> RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, Concurrency).Select(_ => new Worker()).ToArray();
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(http, target, start, duration, cancellationToken), cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(start);

        var percentiles = LatencySamples.Percentiles(workers.Select(w => w.Latencies).ToArray(), 50, 99, 100, 95);
        return new LoadOutcome(workers.Sum(w => (long)w.Latencies.Count), workers.Sum(w => w.Errors), elapsed,
            percentiles[0], percentiles[1], percentiles[2], workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null))
        {
            P95Ms = percentiles[3],
            Shed = workers.Sum(w => w.Shed),
        };
    }

    public void Dispose() => http.Dispose();

    private sealed class Worker
    {
        public LatencySamples Latencies { get; } = new();

        public long Errors { get; private set; }

        public string? FirstError { get; private set; }

        public long Shed { get; private set; }

        public async Task RunAsync(HttpClient http, LoadTarget target, long start, TimeSpan duration, CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested && Stopwatch.GetElapsedTime(start) < duration)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var request = target.CreateRequest();
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (response.StatusCode == target.ExpectedStatus)
                    {
                        Latencies.Add(Stopwatch.GetTimestamp() - sent);
                    }
                    else if (RetryAfterHandler.RetryAfterOf(response) is { } wait)
                    {
                        Shed++;
                        var left = duration - Stopwatch.GetElapsedTime(start);
                        await Task.Delay(wait < left ? wait : left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
                    }
                    else
                    {
                        Fail($"{(int)response.StatusCode} {response.ReasonPhrase}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    }
                }
                catch (HttpRequestException e)
                {
                    Fail(e.Message);
                }
                catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    Fail($"timeout: {e.Message}");
                }
            }
        }

        private void Fail(string reason)
        {
            Errors++;
            FirstError ??= reason;
        }
    }
}
