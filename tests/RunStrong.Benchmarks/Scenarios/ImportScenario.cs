using System.Diagnostics;
using Azure.Storage.Blobs;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Benchmarks.Scenarios.MembersDirectory;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// Imports <c>--members</c> generated gym members through the gateway (a CSV streamed as it is generated),
/// follows the job to completion and compares its members/s with raw Azurite blob upserts of an imported member's
/// bytes at the job's concurrency (32), made with the Azure SDK in the same run. The store grows by the import, and
/// Azurite slows as it grows, so the raw upserts run both before the import (on the store it starts from) and after it
/// (on the store it leaves), each deleted again afterwards; the baseline is the mean of the two, which brackets the
/// store sizes the import wrote into. Also samples the silo's resident memory and checks that every member was stored
/// exactly once (job counters and athlete blob count).
/// </summary>
public sealed class ImportScenario : ISelfTimedScenario
{
    private const double RatioTarget = 0.9;
    private const long MemoryTargetBytes = 400L << 20;
    private const string BeforeContainer = "bench-raw-before";
    private const string AfterContainer = "bench-raw-after";

    public string Name => "import";

    public string Description => "import N generated members through the gateway vs raw Azurite blob upserts (32 at a time) before and after it";

    public Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken) =>
        AzuriteFailures.ExplainAsync(() => RunCheckedAsync(platform, options, output, cancellationToken));

    private static async Task RunCheckedAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var members = options.Members;
        var rawWrites = options.RawWrites ?? Math.Min(members, 20_000);
        output.WriteLine(Invariant(
            $"members  {members:N0} through the gateway; raw baselines {rawWrites:N0} blob upserts each, {MemberImport.JobConcurrency} at a time, before and after the import"));

        var storage = ProcessProbe.EnvironmentVariable(platform.Silo.Id, "ConnectionStrings__storage")
            ?? throw new InvalidOperationException("The silo's storage connection string was not found in its environment.");
        var blobs = new BlobServiceClient(storage);
        var athletes = new AthleteBlobs(blobs);
        using var azurite = ProcessProbe.FindAzurite();
        var meter = new CpuMeter(
        [
            new("gateway", () => platform.Gateway.CpuTime),
            new("silo", () => platform.Silo.CpuTime),
            new("azurite", () => ProcessProbe.CpuTime(azurite)),
            new("loadgen", () => Process.GetCurrentProcess().TotalProcessorTime),
        ]);

        using var gateway = new HttpClient { BaseAddress = platform.GatewayUri, Timeout = MemberImport.Timeout };
        var admin = new AdminApi(gateway, platform.Secrets);
        var payload = await ImportBaseline.ProbePayloadAsync(admin, gateway, athletes, null, output, cancellationToken);

        var before = await ImportBaseline.MeasureAsync(blobs, BeforeContainer, payload, rawWrites, meter, deleteAfter: true, cancellationToken);
        output.WriteLine(Invariant($"raw      before the import: {rawWrites / before.Time.TotalSeconds:0} upserts/s"));

        var tenant = await admin.CreateTenantAsync(ImportTenant.NewId(), "Benchmark Gym", "gym", cancellationToken);
        await TenantRequests.WaitUntilAdmittedAsync(gateway, $"api/t/{tenant.Id}/imports?limit=1", tenant.ApiKey, cancellationToken);
        output.WriteLine($"tenant   {tenant.Id} (gym)");
        var import = await ImportTimedRun.RunAsync(platform, gateway, tenant, new GeneratedMembersContent(members), meter, output, cancellationToken);
        var siloAfterImport = ProcessProbe.StatusKilobytes(platform.Silo.Id, "VmRSS") * 1024L;

        var after = await ImportBaseline.MeasureAsync(blobs, AfterContainer, payload, rawWrites, meter, deleteAfter: true, cancellationToken);
        output.WriteLine(Invariant($"raw      after the import: {rawWrites / after.Time.TotalSeconds:0} upserts/s"));

        // Lost or duplicated members: every athlete blob of the tenant, counted.
        var (tenantPrefix, _) = await athletes.TenantPrefixAsync(tenant.Id, cancellationToken);
        var storedBlobs = await athletes.CountAsync(tenantPrefix, cancellationToken);

        var job = import.Job;
        var rawBefore = rawWrites / before.Time.TotalSeconds;
        var rawAfter = rawWrites / after.Time.TotalSeconds;
        var baseline = (rawBefore + rawAfter) / 2;
        var ratio = import.MembersPerSecond / baseline;
        var exact = job.CreatedExactly(members);
        var peak = Math.Max(import.SampledPeakBytes, import.HwmBytes ?? 0);
        var payloadBytes = payload.ToMemory().Length;

        WriteHeader(output);
        Row(output, "upload (POST -> 202)", Invariant($"{import.UploadTime.TotalSeconds:0.0} s"), "");
        Row(output, "import wall time (202 -> completed)", Invariant($"{import.Time.TotalSeconds:0.0} s"), "");
        Row(output, "members/s (processed / wall time)", Invariant($"{import.MembersPerSecond:0}"), "");
        Row(output, "job's own rate", Invariant($"{job.Rate:0}"), "");
        Row(output, "raw upserts/s before the import", Invariant($"{rawBefore:0} ({rawWrites:N0} x {payloadBytes} B in {before.Time.TotalSeconds:0.0} s)"), "");
        Row(output, "raw upserts/s after the import", Invariant($"{rawAfter:0} ({rawWrites:N0} x {payloadBytes} B in {after.Time.TotalSeconds:0.0} s)"), "");
        Row(output, "raw baseline (mean of before and after)", Invariant($"{baseline:0}"), "");
        Row(output, "ratio members/s / baseline", Invariant($"{ratio:0.000}"), Verdict(ratio >= RatioTarget, Invariant($">= {RatioTarget}")));
        Row(output, "ratio against before / against after", Invariant($"{import.MembersPerSecond / rawBefore:0.000} / {import.MembersPerSecond / rawAfter:0.000}"), "");
        Row(output, "silo peak RSS in the import (500 ms samples / VmHWM)",
            Invariant($"{import.SampledPeakBytes / 1048576.0:0} MB / {(import.HwmBytes ?? 0) / 1048576.0:0} MB{(import.PeakReset ? "" : " (VmHWM since start)")}"),
            Verdict(peak <= MemoryTargetBytes, "<= 400 MB"));
        Row(output, "silo RSS when the import completed", Invariant($"{(siloAfterImport ?? 0) / 1048576.0:0} MB"), "");
        Row(output, "job total/processed/created/updated/unch./failed",
            Invariant($"{job.Total}/{job.Processed}/{job.Created}/{job.Updated}/{job.Unchanged}/{job.Failed}"), Verdict(exact, Invariant($"all {members}, failed 0")));
        Row(output, "athlete blobs stored for the tenant", Invariant($"{storedBlobs}"), Verdict(storedBlobs == members, Invariant($"== {members}")));
        Row(output, "cores during import", import.Cpu.ToString(), "");
        Row(output, "cores during raw upserts before / after", $"{before.Cpu}; {after.Cpu}", "");
        Row(output, "CPU ms per member (import)", import.Cpu.MillisecondsPerItem(import.Time, job.Processed), "");
        Row(output, "CPU ms per upsert (raw before)", before.Cpu.MillisecondsPerItem(before.Time, rawWrites), "");
        Row(output, "CPU ms per upsert (raw after)", after.Cpu.MillisecondsPerItem(after.Time, rawWrites), "");

        if (!exact || storedBlobs != members)
        {
            throw new InvalidOperationException("Members were lost or duplicated (see the table above).");
        }
    }
}
