using System.Diagnostics;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Benchmarks.Scenarios.MembersDirectory;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// One measured import, shared by the scenarios that import: the generated CSV POSTed through the gateway, the job
/// followed to completion, CPU per process meanwhile and the silo's peak resident memory (VmHWM reset first).
/// </summary>
public static class ImportTimedRun
{
    private static readonly TimeSpan MemoryInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<ImportPhase> RunAsync(
        LocalPlatform platform, HttpClient gateway, AdminApi.CreatedTenant tenant, GeneratedMembersContent content, CpuMeter meter, TextWriter output,
        CancellationToken cancellationToken)
    {
        var silo = platform.Silo.Id;
        var peakReset = ProcessProbe.ResetPeak(silo);
        using var memory = new PeakMemorySampler(silo, MemoryInterval);
        var cpuBefore = meter.Take();
        var (location, uploadTime) = await MemberImport.StartAsync(gateway, tenant.Id, tenant.ApiKey, content, cancellationToken);
        output.WriteLine(Invariant($"upload   {content.BytesWritten / 1e6:0.0} MB in {uploadTime.TotalSeconds:0.0} s -> 202 {location}"));
        var wall = Stopwatch.StartNew();
        var job = await MemberImport.PollUntilFinishedAsync(gateway, location, tenant.ApiKey, output, cancellationToken);
        var time = wall.Elapsed;
        var cpu = meter.Since(cpuBefore);
        await memory.StopAsync();
        return new ImportPhase(job, uploadTime, time, cpu, memory.PeakBytes, ProcessProbe.StatusKilobytes(silo, "VmHWM") * 1024L, peakReset);
    }
}
