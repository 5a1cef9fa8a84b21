using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios.ActivityUpload;

/// <summary>
/// Activity file uploads through the gateway: <see cref="Clients"/> closed-loop clients each send a ~1 MB FIT
/// activity, every one a new valid file (<see cref="FitVariants"/>: its own serial number and CRC) for one of
/// <see cref="Athletes"/> athletes (201, read, derived, stored, logged), then the same clients re-send files
/// already uploaded (200: read and derived again, found by content hash). Bounded by time and count per phase.
/// Target: p99 <= 300 ms for new uploads at 8 clients.
/// </summary>
public sealed class ActivityUploadScenario : ISelfTimedScenario
{
    public const int Clients = 8;
    public const double P99TargetMs = 300;

    /// <summary>Uploads spread over this many athletes, so no one athlete's log grows by hundreds of runs in a phase.</summary>
    private const int Athletes = 32;

    private const int MaxUploadsPerPhase = 3_000;
    private const string FixturePath = "tests/RunStrong.Activities.Tests/Fixtures/Generated/long-run-1mb.fit";
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public string Name => "activity-upload";

    public string Description => "~1 MB FIT activity uploads through the gateway at 8 clients: new files (201) and re-uploads (200)";

    public Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken) =>
        AzuriteFailures.ExplainAsync(() => RunCheckedAsync(platform, options, output, cancellationToken));

    private static async Task RunCheckedAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var duration = options.Duration ?? DefaultDuration;
        var fixture = Path.Combine(RepositoryLayout.Locate().Root, FixturePath);
        var variants = FitVariants.Of(await File.ReadAllBytesAsync(fixture, cancellationToken));
        output.WriteLine(Invariant($"file     {FixturePath}: {variants.Length:N0} B; each new upload gets its own file_id serial number and file CRC"));
        output.WriteLine(Invariant($"load     {Clients} clients over {Athletes} athletes, {options.Warmup.TotalSeconds:0} s warm-up, then up to {duration.TotalSeconds:0} s or {MaxUploadsPerPhase:N0} uploads per phase"));
        output.WriteLine($"loadavg  {LoadAverage()} (at start)");

        using var azurite = ProcessProbe.FindAzurite();
        var meter = new CpuMeter(
        [
            new("gateway", () => platform.Gateway.CpuTime),
            new("silo", () => platform.Silo.CpuTime),
            new("azurite", () => ProcessProbe.CpuTime(azurite)),
            new("loadgen", () => Process.GetCurrentProcess().TotalProcessorTime),
        ]);
        using var gateway = LoopbackClient.Create(platform.GatewayUri, Clients + 1, RequestTimeout);
        var tenant = await new AdminApi(gateway, platform.Secrets)
            .CreateTenantAsync($"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", "Benchmark Gym", "gym", cancellationToken);
        await TenantRequests.WaitUntilAdmittedAsync(gateway, $"api/t/{tenant.Id}/imports?limit=1", tenant.ApiKey, cancellationToken);
        for (var a = 0; a < Athletes; a++)
        {
            await PutProfileAsync(gateway, tenant, AthleteId(a), cancellationToken);
        }

        // One upload alone first: the variant must read clean (201, no warning), and the same bytes again must be 200.
        var serial = 0;
        var probe = variants.Create((uint)Interlocked.Increment(ref serial));
        var first = await UploadOnceAsync(gateway, tenant, ActivitiesPath(tenant, 0), probe, HttpStatusCode.Created, cancellationToken);
        await UploadOnceAsync(gateway, tenant, ActivitiesPath(tenant, 0), probe, HttpStatusCode.OK, cancellationToken);
        output.WriteLine(Invariant(
            $"activity {first.GetProperty("sport").GetString()}, {first.GetProperty("distanceKm").GetDouble():0.00} km, {first.GetProperty("durationMin").GetDouble():0} min, {first.GetProperty("laps").GetArrayLength()} laps, warnings {first.GetProperty("warnings").GetArrayLength()}"));

        // New files: each client rewrites its own buffer into the next variant (serial and CRC) before sending it.
        var buffers = Enumerable.Range(0, Clients).Select(_ => variants.Create(1)).ToArray();
        (string, byte[]) NextNew(int client)
        {
            var next = (uint)Interlocked.Increment(ref serial);
            variants.Rewrite(buffers[client], next);
            return (ActivitiesPath(tenant, (int)(next % Athletes)), buffers[client]);
        }

        var phase = new UploadPhase(gateway, tenant.ApiKey, Clients, meter);
        if (options.Warmup > TimeSpan.Zero)
        {
            var warm = await phase.RunAsync("warm-up", NextNew, HttpStatusCode.Created, options.Warmup, MaxUploadsPerPhase, cancellationToken);
            output.WriteLine(Line(warm));
        }

        var created = await phase.RunAsync("new (201)", NextNew, HttpStatusCode.Created, duration, MaxUploadsPerPhase, cancellationToken);
        output.WriteLine(Line(created));

        // The same uploads one at a time: the latency of the work itself, without 8 uploads queueing for 2 cores.
        var alone = await new UploadPhase(gateway, tenant.ApiKey, 1, meter).RunAsync("new, 1 client", NextNew, HttpStatusCode.Created, duration / 2, MaxUploadsPerPhase, cancellationToken);
        output.WriteLine(Line(alone));

        // Re-uploads: each client's last file, already recorded for its athlete, sent again and again.
        var again = new (string Path, byte[] File)[Clients];
        for (var i = 0; i < Clients; i++)
        {
            var (path, file) = NextNew(i);
            again[i] = (path, (byte[])file.Clone());
            await UploadOnceAsync(gateway, tenant, path, again[i].File, HttpStatusCode.Created, cancellationToken);
        }

        var repeated = await phase.RunAsync("re-upload (200)", client => again[client], HttpStatusCode.OK, duration, MaxUploadsPerPhase, cancellationToken);
        output.WriteLine(Line(repeated));
        output.WriteLine($"loadavg  {LoadAverage()} (at end)");

        WriteTable(output, created, repeated);
        if (created.Errors + repeated.Errors > 0 || created.Warned + repeated.Warned > 0)
        {
            throw new InvalidOperationException("Uploads failed or were read with warnings (see the table above).");
        }
    }

    private static void WriteTable(TextWriter output, UploadPhaseResult created, UploadPhaseResult repeated)
    {
        WriteHeader(output);
        foreach (var result in new[] { created, repeated })
        {
            Row(output, $"{result.Name}: uploads in s; uploads/s; MB/s",
                Invariant($"{result.Succeeded:N0} in {result.Elapsed.TotalSeconds:0.0}; {result.UploadsPerSecond:0.0}; {result.MegabytesPerSecond:0.0}"));
            Row(output, $"{result.Name}: ms p50 / p95 / p99 / max",
                Invariant($"{result.P50Ms:0} / {result.P95Ms:0} / {result.P99Ms:0} / {result.MaxMs:0}"),
                ReferenceEquals(result, created) ? Verdict(result.P99Ms <= P99TargetMs && result.Errors == 0, $"p99 <= {P99TargetMs:0} ms") : "");
            Row(output, $"{result.Name}: CPU ms per upload", result.CpuPerUpload());
            Row(output, $"{result.Name}: cores", result.Cpu.ToString());
            Row(output, $"{result.Name}: errors; answers with warnings", Invariant($"{result.Errors}; {result.Warned}"));
        }
    }

    private static string Line(UploadPhaseResult result) => Invariant(
        $"uploads  {result.Name,-16} {result.UploadsPerSecond,6:0.0}/s  p50 {result.P50Ms,5:0}  p95 {result.P95Ms,5:0}  p99 {result.P99Ms,5:0}  max {result.MaxMs,5:0} ms  errors {result.Errors}  cores: {result.Cpu}")
        + (result.FirstError is null ? "" : $"  (first error: {result.FirstError})");

    private static async Task<JsonElement> UploadOnceAsync(
        HttpClient gateway, AdminApi.CreatedTenant tenant, string path, byte[] file, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var request = TenantRequests.Create(HttpMethod.Post, path, tenant.ApiKey);
        request.Content = new ByteArrayContent(file);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(UploadPhase.FitMediaType);
        using var response = await gateway.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"upload to {path}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }

        using var activity = JsonDocument.Parse(body);
        return activity.RootElement.Clone();
    }

    private static async Task PutProfileAsync(HttpClient gateway, AdminApi.CreatedTenant tenant, string athleteId, CancellationToken cancellationToken)
    {
        var profile = new
        {
            sex = "female", birthYear = 1990, heightCm = 168, weightKg = 60.5, bodyFatPercent = 21, bodyFatMethod = "bia",
            runningExperienceMonths = 36, goal = "build", phase = "base", injuredRecently = false,
        };
        using var request = TenantRequests.Create(HttpMethod.Put, $"api/t/{tenant.Id}/athletes/{athleteId}", tenant.ApiKey, profile);
        using var response = await gateway.SendAsync(request, cancellationToken);
        await response.EnsureAsync($"put profile {athleteId}", cancellationToken);
    }

    private static string AthleteId(int index) => $"bench-runner-{index}";

    private static string ActivitiesPath(AdminApi.CreatedTenant tenant, int athlete) => $"api/t/{tenant.Id}/athletes/{AthleteId(athlete)}/activities";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
