using Azure.Storage.Blobs;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Benchmarks.Scenarios.MembersDirectory;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// The raw Azurite baseline an import is compared with, shared by the scenarios that import: the bytes an imported
/// member's blob has (from a one-member import into a tenant of its own, so it can be known before the big import),
/// and raw upserts of those bytes at the job's concurrency, measured before or after the import.
/// </summary>
public static class ImportBaseline
{
    private const int WarmupWrites = 1_000;

    /// <summary>Imports one member into a new tenant and returns its athlete blob's bytes (no big import needed first).</summary>
    public static async Task<BinaryData> ProbePayloadAsync(
        AdminApi admin, HttpClient gateway, AthleteBlobs athletes, IMemberNames? names, TextWriter output, CancellationToken cancellationToken)
    {
        var probe = await admin.CreateTenantAsync(ImportTenant.NewId(), "Benchmark Probe Gym", "gym", cancellationToken);
        await TenantRequests.WaitUntilAdmittedAsync(gateway, $"api/t/{probe.Id}/imports?limit=1", probe.ApiKey, cancellationToken);
        var probeImport = await MemberImport.StartAsync(gateway, probe.Id, probe.ApiKey, new GeneratedMembersContent(1, names), cancellationToken);
        await MemberImport.PollUntilFinishedAsync(gateway, probeImport.Location, probe.ApiKey, output, cancellationToken);
        var (_, sampleName) = await athletes.TenantPrefixAsync(probe.Id, cancellationToken);
        var payload = (await athletes.DownloadAsync(sampleName, cancellationToken)).Content;
        output.WriteLine(Invariant($"payload  athlete blob '{sampleName}', {payload.ToMemory().Length} B"));
        return payload;
    }

    /// <summary>
    /// One raw baseline into <paramref name="container"/>, after unmeasured upserts that warm the harness's SDK path (JIT,
    /// connections): the first baseline runs seconds after start-up, and would otherwise pay for that alone. With
    /// <paramref name="deleteAfter"/> its blobs are deleted again, so what runs next meets the store as it was before.
    /// </summary>
    public static async Task<RawPhase> MeasureAsync(
        BlobServiceClient blobs, string container, BinaryData payload, int count, CpuMeter meter, bool deleteAfter, CancellationToken cancellationToken)
    {
        await RawBlobWrites.RunAsync(blobs, container, "warm-up", payload, Math.Min(WarmupWrites, count), cancellationToken);
        var cpuBefore = meter.Take();
        var time = await RawBlobWrites.RunAsync(blobs, container, "raw", payload, count, cancellationToken);
        var phase = new RawPhase(time, meter.Since(cpuBefore));
        if (deleteAfter)
        {
            await blobs.GetBlobContainerClient(container).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }

        return phase;
    }
}
