using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
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
    private const double RatioTarget = 0.8;
    private const long MemoryTargetBytes = 1L << 30;
    private static readonly TimeSpan MemoryInterval = TimeSpan.FromMilliseconds(500);

    public string Name => "import";

    public string Description => "import N generated members through the gateway vs raw Azurite blob upserts (32 at a time)";

    public Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken) =>
        AzuriteFailures.ExplainAsync(() => RunCheckedAsync(platform, options, output, cancellationToken));

    private static async Task RunCheckedAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var members = options.Members;
        var rawWrites = options.RawWrites ?? Math.Min(members, 20_000);
        output.WriteLine(Invariant($"members  {members:N0} through the gateway; raw baseline {rawWrites:N0} blob upserts, {MemberImport.JobConcurrency} at a time"));

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

        using var gateway = new HttpClient { BaseAddress = platform.GatewayUri, Timeout = MemberImport.Timeout };
        var tenant = await new AdminApi(gateway, platform.Secrets)
            .CreateTenantAsync($"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", "Benchmark Gym", "gym", cancellationToken);
        await TenantRequests.WaitUntilAdmittedAsync(gateway, $"api/t/{tenant.Id}/imports?limit=1", tenant.ApiKey, cancellationToken);
        output.WriteLine($"tenant   {tenant.Id} (gym)");

        // The import: POST the streamed CSV, then poll the Location until the job finishes.
        using var memory = new PeakMemorySampler(platform.Silo.Id, MemoryInterval);
        var cpuBefore = meter.Take();
        var content = new GeneratedMembersContent(members);
        var (location, uploadTime) = await MemberImport.StartAsync(gateway, tenant.Id, tenant.ApiKey, content, cancellationToken);
        output.WriteLine(Invariant($"upload   {content.BytesWritten / 1e6:0.0} MB in {uploadTime.TotalSeconds:0.0} s -> 202 {location}"));
        var wall = Stopwatch.StartNew();
        var job = await MemberImport.PollUntilFinishedAsync(gateway, location, tenant.ApiKey, output, cancellationToken);
        var importTime = wall.Elapsed;
        var importCpu = meter.Since(cpuBefore);
        await memory.StopAsync();
        var siloPeakHwm = ProcessProbe.StatusKilobytes(platform.Silo.Id, "VmHWM") * 1024L;

        // Lost or duplicated members: every athlete blob of the tenant, counted.
        var athletes = new AthleteBlobs(blobs);
        var (tenantPrefix, sampleName) = await athletes.TenantPrefixAsync(tenant.Id, cancellationToken);
        var storedBlobs = await athletes.CountAsync(tenantPrefix, cancellationToken);

        // Raw baseline: upserts of one stored athlete blob's bytes into a scratch container, 32 at a time.
        var sample = await athletes.DownloadAsync(sampleName, cancellationToken);
        var payload = sample.Content;
        var contentType = sample.Details.ContentType;
        output.WriteLine(Invariant($"athlete  blob '{sampleName}' {payload.ToMemory().Length} B ({contentType}): {Truncate(payload.ToString(), 160)}"));
        var rawCpuBefore = meter.Take();
        var rawTime = await RawBlobWrites.RunAsync(blobs, RawBlobWrites.ScratchContainer, "raw", payload, rawWrites, cancellationToken);
        var rawCpu = meter.Since(rawCpuBefore);

        var membersPerSecond = job.Processed / importTime.TotalSeconds;
        var rawPerSecond = rawWrites / rawTime.TotalSeconds;
        var ratio = membersPerSecond / rawPerSecond;
        var exact = job.CreatedExactly(members);
        var peak = Math.Max(memory.PeakBytes, siloPeakHwm ?? 0);

        WriteHeader(output);
        Row(output, "upload (POST -> 202)", Invariant($"{uploadTime.TotalSeconds:0.0} s, {content.BytesWritten / 1e6:0.0} MB streamed"), "");
        Row(output, "import wall time (202 -> completed)", Invariant($"{importTime.TotalSeconds:0.0} s"), "");
        Row(output, "members/s (processed / wall time)", Invariant($"{membersPerSecond:0}"), "");
        Row(output, "job's own rate", Invariant($"{job.Rate:0}"), "");
        Row(output, Invariant($"raw Azurite upserts/s ({MemberImport.JobConcurrency} at once)"), Invariant($"{rawPerSecond:0} ({rawWrites:N0} x {payload.ToMemory().Length} B in {rawTime.TotalSeconds:0.0} s)"), "");
        Row(output, "ratio members/s / raw upserts/s", Invariant($"{ratio:0.000}"), Verdict(ratio >= RatioTarget, Invariant($">= {RatioTarget}")));
        Row(output, "silo peak RSS (500 ms samples / VmHWM)", Invariant($"{memory.PeakBytes / 1048576.0:0} MB / {(siloPeakHwm ?? 0) / 1048576.0:0} MB"), Verdict(peak < MemoryTargetBytes, "< 1 GB"));
        Row(output, "job total/processed/created/updated/unch./failed",
            Invariant($"{job.Total}/{job.Processed}/{job.Created}/{job.Updated}/{job.Unchanged}/{job.Failed}"), Verdict(exact, Invariant($"all {members}, failed 0")));
        Row(output, "athlete blobs stored for the tenant", Invariant($"{storedBlobs}"), Verdict(storedBlobs == members, Invariant($"== {members}")));
        Row(output, "cores during import", importCpu.ToString(), "");
        Row(output, "cores during raw upserts", rawCpu.ToString(), "");
        Row(output, "CPU ms per member (import)", importCpu.MillisecondsPerItem(importTime, job.Processed), "");
        Row(output, "CPU ms per upsert (raw)", rawCpu.MillisecondsPerItem(rawTime, rawWrites), "");

        if (!exact || storedBlobs != members)
        {
            throw new InvalidOperationException("Members were lost or duplicated (see the table above).");
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "...";
}
