using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// Imports <c>--members</c> generated gym members through the gateway (a CSV streamed as it is generated),
/// follows the job to completion and compares its members/s with raw Azurite blob upserts of the same size
/// at the job's concurrency (32), made with the Azure SDK in the same run. Also samples the silo's resident
/// memory and checks that every member was stored exactly once (job counters and athlete blob count).
/// </summary>
public sealed class ImportScenario : ISelfTimedScenario
{
    /// <summary>Members the import job writes at once (ImportJobGrain); the raw baseline uses the same.</summary>
    public const int JobConcurrency = 32;

    private const string AthletesContainer = "athletes";
    private const string ScratchContainer = "bench-raw-writes";
    private const double RatioTarget = 0.8;
    private const long MemoryTargetBytes = 1L << 30;
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MemoryInterval = TimeSpan.FromMilliseconds(500);

    public string Name => "import";

    public string Description => "import N generated members through the gateway vs raw Azurite blob upserts (32 at a time)";

    Task<ScenarioPlan> IScenario.PrepareAsync(LocalPlatform platform, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The import scenario times itself (ISelfTimedScenario.RunAsync).");

    public async Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await RunCheckedAsync(platform, options, output, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            throw new InvalidOperationException($"Azurite: {e.Status} {e.ErrorCode}: {e.Message}", e);
        }
    }

    private static async Task RunCheckedAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var members = options.Members;
        var rawWrites = options.RawWrites ?? Math.Min(members, 20_000);
        output.WriteLine(Invariant($"members  {members:N0} through the gateway; raw baseline {rawWrites:N0} blob upserts, {JobConcurrency} at a time"));

        var storage = ProcessProbe.EnvironmentVariable(platform.Silo.Id, "ConnectionStrings__storage")
            ?? throw new InvalidOperationException("The silo's storage connection string was not found in its environment.");
        var blobs = new BlobServiceClient(storage);
        using var azurite = ProcessProbe.FindAzurite();
        var meter = new CpuMeter(
        [
            new("gateway", () => platform.Gateway.CpuTime),
            new("silo", () => platform.Silo.CpuTime),
            new("azurite", () => ProcessProbe.CpuTime(azurite)),
            new("loadgen", () => Process.GetCurrentProcess().TotalProcessorTime),
        ]);

        using var gateway = new HttpClient { BaseAddress = platform.GatewayUri, Timeout = ImportTimeout };
        var tenant = await new AdminApi(gateway, platform.Secrets)
            .CreateTenantAsync($"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", "Benchmark Gym", "gym", cancellationToken);
        await TenantRequests.WaitUntilAdmittedAsync(gateway, $"api/t/{tenant.Id}/imports?limit=1", tenant.ApiKey, cancellationToken);
        output.WriteLine($"tenant   {tenant.Id} (gym)");

        // The import: POST the streamed CSV, then poll the Location until the job finishes.
        using var memory = new PeakMemorySampler(platform.Silo.Id, MemoryInterval);
        var cpuBefore = meter.Take();
        var content = new GeneratedMembersContent(members);
        var upload = Stopwatch.StartNew();
        using var post = TenantRequests.Create(HttpMethod.Post, $"api/t/{tenant.Id}/imports", tenant.ApiKey);
        post.Content = content;
        using var accepted = await gateway.SendAsync(post, cancellationToken);
        await accepted.EnsureAsync("start import", cancellationToken);
        var uploadTime = upload.Elapsed;
        var location = accepted.Headers.Location ?? throw new InvalidOperationException("The import's 202 has no Location.");
        if (accepted.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"start import: {(int)accepted.StatusCode}, expected 202");
        }

        output.WriteLine(Invariant($"upload   {content.BytesWritten / 1e6:0.0} MB in {uploadTime.TotalSeconds:0.0} s -> 202 {location}"));
        var wall = Stopwatch.StartNew();
        var job = await PollUntilFinishedAsync(gateway, location, tenant.ApiKey, output, cancellationToken);
        var importTime = wall.Elapsed;
        var importCpu = meter.Since(cpuBefore);
        await memory.StopAsync();
        var siloPeakHwm = ProcessProbe.StatusKilobytes(platform.Silo.Id, "VmHWM") * 1024L;

        // Lost or duplicated members: every athlete blob of the tenant, counted.
        var athletes = blobs.GetBlobContainerClient(AthletesContainer);
        var (tenantPrefix, sampleName) = await TenantPrefixAsync(athletes, tenant.Id, cancellationToken);
        var storedBlobs = 0L;
        await foreach (var _ in athletes.GetBlobsAsync(BlobTraits.None, BlobStates.None, tenantPrefix, cancellationToken))
        {
            storedBlobs++;
        }

        // Raw baseline: upserts of one stored athlete blob's bytes into a scratch container, 32 at a time.
        var sample = (await athletes.GetBlobClient(sampleName).DownloadContentAsync(cancellationToken)).Value;
        var payload = sample.Content;
        var contentType = sample.Details.ContentType;
        output.WriteLine(Invariant($"athlete  blob '{sampleName}' {payload.ToMemory().Length} B ({contentType}): {Truncate(payload.ToString(), 160)}"));
        var scratch = blobs.GetBlobContainerClient(ScratchContainer);
        await scratch.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var rawCpuBefore = meter.Take();
        var raw = Stopwatch.StartNew();
        await RawWritesAsync(scratch, payload, rawWrites, cancellationToken);
        var rawTime = raw.Elapsed;
        var rawCpu = meter.Since(rawCpuBefore);

        var membersPerSecond = job.Processed / importTime.TotalSeconds;
        var rawPerSecond = rawWrites / rawTime.TotalSeconds;
        var ratio = membersPerSecond / rawPerSecond;
        var exact = job.Processed == members && job.Created == members && job.Failed == 0 && job.Total == members;
        var peak = Math.Max(memory.PeakBytes, siloPeakHwm ?? 0);

        WriteHeader(output);
        Row(output, "upload (POST -> 202)", Invariant($"{uploadTime.TotalSeconds:0.0} s, {content.BytesWritten / 1e6:0.0} MB streamed"), "");
        Row(output, "import wall time (202 -> completed)", Invariant($"{importTime.TotalSeconds:0.0} s"), "");
        Row(output, "members/s (processed / wall time)", Invariant($"{membersPerSecond:0}"), "");
        Row(output, "job's own rate", Invariant($"{job.Rate:0}"), "");
        Row(output, Invariant($"raw Azurite upserts/s ({JobConcurrency} at once)"), Invariant($"{rawPerSecond:0} ({rawWrites:N0} x {payload.ToMemory().Length} B in {rawTime.TotalSeconds:0.0} s)"), "");
        Row(output, "ratio members/s / raw upserts/s", Invariant($"{ratio:0.000}"), Verdict(ratio >= RatioTarget, Invariant($">= {RatioTarget}")));
        Row(output, "silo peak RSS (500 ms samples / VmHWM)", Invariant($"{memory.PeakBytes / 1048576.0:0} MB / {(siloPeakHwm ?? 0) / 1048576.0:0} MB"), Verdict(peak < MemoryTargetBytes, "< 1 GB"));
        Row(output, "job total/processed/created/updated/unch./failed",
            Invariant($"{job.Total}/{job.Processed}/{job.Created}/{job.Updated}/{job.Unchanged}/{job.Failed}"), Verdict(exact, Invariant($"all {members}, failed 0")));
        Row(output, "athlete blobs stored for the tenant", Invariant($"{storedBlobs}"), Verdict(storedBlobs == members, Invariant($"== {members}")));
        Row(output, "cores during import", importCpu.ToString(), "");
        Row(output, "cores during raw upserts", rawCpu.ToString(), "");
        Row(output, "CPU ms per member (import)", PerItem(importCpu, importTime, job.Processed), "");
        Row(output, "CPU ms per upsert (raw)", PerItem(rawCpu, rawTime, rawWrites), "");

        if (!exact || storedBlobs != members)
        {
            throw new InvalidOperationException("Members were lost or duplicated (see the table above).");
        }
    }

    private static async Task<JobStatus> PollUntilFinishedAsync(
        HttpClient gateway, Uri location, string apiKey, TextWriter output, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            using var request = TenantRequests.Create(HttpMethod.Get, location.OriginalString, apiKey);
            using var response = await gateway.SendAsync(request, cancellationToken);
            await response.EnsureAsync("poll import", cancellationToken);
            var job = JobStatus.Read(await response.Content.ReadAsStringAsync(cancellationToken));
            if (job.Status is "completed")
            {
                return job;
            }

            if (job.Status is "failed" or "cancelled")
            {
                throw new InvalidOperationException($"The import ended {job.Status}: {job.FailureReason}");
            }

            if (deadline.Elapsed - lastReport >= TimeSpan.FromSeconds(10))
            {
                lastReport = deadline.Elapsed;
                output.WriteLine(Invariant($"  {deadline.Elapsed.TotalSeconds,5:0} s  {job.Status,-9} {job.Processed,8}/{job.Total} processed  rate {job.Rate:0}/s"));
            }

            if (deadline.Elapsed > ImportTimeout)
            {
                throw new TimeoutException($"The import did not finish within {ImportTimeout.TotalMinutes} minutes ({job.Processed}/{job.Total}).");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>The blob-name prefix of this tenant's athletes (the name up to and including the tenant id and '/').</summary>
    private static async Task<(string Prefix, string SampleName)> TenantPrefixAsync(BlobContainerClient athletes, string tenantId, CancellationToken cancellationToken)
    {
        await foreach (var blob in athletes.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
        {
            var at = blob.Name.IndexOf(tenantId + "/", StringComparison.Ordinal);
            if (at >= 0)
            {
                return (blob.Name[..(at + tenantId.Length + 1)], blob.Name);
            }
        }

        throw new InvalidOperationException($"No athlete blob of tenant {tenantId} in '{AthletesContainer}'.");
    }

    private static async Task RawWritesAsync(BlobContainerClient scratch, BinaryData payload, int count, CancellationToken cancellationToken)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, JobConcurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                // An upsert (overwrite), as a grain state write is.
                var blob = scratch.GetBlobClient(string.Create(CultureInfo.InvariantCulture, $"raw/{i:D7}.json"));
                await blob.UploadAsync(payload, overwrite: true, cancellationToken);
            }
        }));
    }

    private static string PerItem(CpuShares cpu, TimeSpan wall, long items) =>
        string.Join(" ", cpu.CoresByProcess.Select(p => Invariant($"{p.Key} {p.Value * wall.TotalMilliseconds / Math.Max(1, items):0.000}")));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "...";

    /// <summary>The fields of <c>GET /api/t/{tenantId}/imports/{importId}</c> this scenario reads.</summary>
    private sealed record JobStatus(string Status, long Total, long Processed, long Created, long Updated, long Unchanged, long Failed, double Rate, string? FailureReason)
    {
        public static JobStatus Read(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            long Number(string name) => root.GetProperty(name).GetInt64();
            return new JobStatus(
                root.GetProperty("status").GetString() ?? "",
                Number("total"), Number("processed"), Number("created"), Number("updated"), Number("unchanged"), Number("failed"),
                root.GetProperty("rate").GetDouble(),
                root.TryGetProperty("failureReason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null);
        }
    }

    /// <summary>Polls a process's VmRSS until stopped and keeps the largest value.</summary>
    private sealed class PeakMemorySampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;
        private long peakBytes;

        public PeakMemorySampler(int pid, TimeSpan interval) => loop = SampleAsync(pid, interval);

        public long PeakBytes => Interlocked.Read(ref peakBytes);

        public async Task StopAsync()
        {
            await stop.CancelAsync();
            await loop;
        }

        public void Dispose() => stop.Dispose();

        private async Task SampleAsync(int pid, TimeSpan interval)
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                do
                {
                    if (ProcessProbe.StatusKilobytes(pid, "VmRSS") is { } kilobytes && kilobytes * 1024 > peakBytes)
                    {
                        Interlocked.Exchange(ref peakBytes, kilobytes * 1024);
                    }
                }
                while (await timer.WaitForNextTickAsync(stop.Token));
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
