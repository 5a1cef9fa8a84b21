using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.ActivityUpload;

/// <summary>
/// Closed-loop uploads: each client builds its next file (not timed: making a variant is the harness's work), sends
/// it, reads the whole answer, and sends the next, until the phase's time or upload count runs out. Only the
/// expected status counts as success; an answer carrying reader warnings is counted (a variant must read clean).
/// </summary>
public sealed class UploadPhase(HttpClient gateway, string apiKey, int clients, CpuMeter meter)
{
    public const string FitMediaType = "application/vnd.ant.fit";

    /// <param name="next">The next upload of client i: the activities path and the file's bytes.</param>
    public async Task<UploadPhaseResult> RunAsync(
        string name, Func<int, (string Path, byte[] File)> next, HttpStatusCode expected, TimeSpan duration, int maxUploads,
        CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, clients).Select(_ => new Worker()).ToArray();
        var started = 0;
        var before = meter.Take();
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(workers.Select((worker, i) => Task.Run(async () =>
        {
            while (!cancellationToken.IsCancellationRequested && Stopwatch.GetElapsedTime(start) < duration
                && Interlocked.Increment(ref started) <= maxUploads)
            {
                var (path, file) = next(i);
                await worker.SendAsync(gateway, apiKey, path, file, expected, cancellationToken);
            }
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpu = meter.Since(before);

        var ms = LatencySamples.Percentiles(workers.Select(w => w.Latencies).ToArray(), 50, 95, 99, 100);
        var fileBytes = workers.Select(w => w.FileBytes).FirstOrDefault(b => b > 0);
        return new UploadPhaseResult(
            name, workers.Sum(w => (long)w.Latencies.Count), workers.Sum(w => w.Errors), elapsed, ms[0], ms[1], ms[2], ms[3],
            cpu, fileBytes, workers.Sum(w => w.Warned), workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    private sealed class Worker
    {
        public LatencySamples Latencies { get; } = new();

        public long Errors { get; private set; }

        public long Warned { get; private set; }

        public long FileBytes { get; private set; }

        public string? FirstError { get; private set; }

        public async Task SendAsync(HttpClient gateway, string apiKey, string path, byte[] file, HttpStatusCode expected, CancellationToken cancellationToken)
        {
            FileBytes = file.Length;
            using var request = TenantRequests.Create(HttpMethod.Post, path, apiKey);
            request.Content = new ByteArrayContent(file);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(FitMediaType);
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await gateway.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - sent;
                if (response.StatusCode != expected)
                {
                    Fail($"{(int)response.StatusCode} {response.ReasonPhrase}: {body}");
                    return;
                }

                Latencies.Add(elapsed);
                if (HasWarnings(body))
                {
                    Warned++;
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

        private static bool HasWarnings(string body)
        {
            using var activity = JsonDocument.Parse(body);
            return activity.RootElement.TryGetProperty("warnings", out var warnings) && warnings.GetArrayLength() > 0;
        }

        private void Fail(string reason)
        {
            Errors++;
            FirstError ??= reason;
        }
    }
}
