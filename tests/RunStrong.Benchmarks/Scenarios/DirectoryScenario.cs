using System.Diagnostics;
using System.Net;
using Azure;
using Azure.Storage.Blobs;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Benchmarks.Scenarios.MembersDirectory;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// The members directory of a gym at scale, all through the gateway: imports <c>--members</c> generated members
/// with varied names (and compares the import's rate with raw Azurite upserts measured both before and after it,
/// since the store the baseline writes into grows by the import), walks the whole directory by cursor to prove
/// every member is listed once, then loads it with 16 closed-loop readers per phase: first page by name, first
/// page by risk, searches, and pages at random depths. Finally follows members whose risk a write made high
/// until the follow-up list shows it, and reports roster storage per member and the silo's memory.
/// </summary>
public sealed class DirectoryScenario : ISelfTimedScenario
{
    /// <summary>The readers the directory targets in docs/BENCHMARKS.md are stated for.</summary>
    public const int Readers = 16;

    private const int PageSize = 50;
    private const int WalkPageSize = 100;
    private const int Searches = 400;
    private const int FreshnessSamples = 50;
    private const int FreshnessLanes = 4;
    private const string BeforeContainer = "bench-raw-before";
    private const string AfterContainer = "bench-raw-after";
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan MemoryInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public string Name => "directory";

    public string Description => "members directory at 100,000 imported members: pages, searches and the follow-up list at 16 readers, risk freshness, roster size";

    public Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken) =>
        AzuriteFailures.ExplainAsync(() => RunCheckedAsync(platform, options, output, cancellationToken));

    private static async Task RunCheckedAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var members = options.Members;
        var rawWrites = options.RawWrites ?? Math.Min(members, 20_000);
        var duration = options.Duration ?? DefaultDuration;
        output.WriteLine(Invariant($"members  {members:N0} through the gateway; raw baselines {rawWrites:N0} blob upserts each, {MemberImport.JobConcurrency} at a time, before and after the import"));
        output.WriteLine(Invariant($"reads    {Readers} readers, {options.Warmup.TotalSeconds:0} s warm-up + {duration.TotalSeconds:0} s per phase; freshness up to {FreshnessSamples} members"));

        var storage = ProcessProbe.EnvironmentVariable(platform.Silo.Id, "ConnectionStrings__storage")
            ?? throw new InvalidOperationException("The silo's storage connection string was not found in its environment.");
        var blobs = new BlobServiceClient(storage);
        var athletes = new AthleteBlobs(blobs);
        var silo = platform.Silo.Id;
        using var azurite = ProcessProbe.FindAzurite();
        var meter = new CpuMeter(
        [
            new("gateway", () => platform.Gateway.CpuTime),
            new("silo", () => platform.Silo.CpuTime),
            new("azurite", () => ProcessProbe.CpuTime(azurite)),
            new("loadgen", () => Process.GetCurrentProcess().TotalProcessorTime),
        ]);
        using var gateway = LoopbackClient.Create(platform.GatewayUri, FreshnessLanes + 1, MemberImport.Timeout);
        var admin = new AdminApi(gateway, platform.Secrets);

        // The baselines' payload, known before the big import, so that the "before" baseline runs on a store without it.
        var payload = await ImportBaseline.ProbePayloadAsync(admin, gateway, athletes, VariedMemberNames.Instance, output, cancellationToken);

        // Raw baseline before the import; its blobs are deleted so the import meets the store the import scenario does.
        var before = await ImportBaseline.MeasureAsync(blobs, BeforeContainer, payload, rawWrites, meter, deleteAfter: true, cancellationToken);
        output.WriteLine(Invariant($"raw      before the import: {rawWrites / before.Time.TotalSeconds:0} upserts/s"));

        // The import.
        var tenant = await admin.CreateTenantAsync(ImportTenant.NewId(), "Benchmark Gym", "gym", cancellationToken);
        await TenantRequests.WaitUntilAdmittedAsync(gateway, $"api/t/{tenant.Id}/imports?limit=1", tenant.ApiKey, cancellationToken);
        output.WriteLine($"tenant   {tenant.Id} (gym)");
        var import = await ImportTimedRun.RunAsync(platform, gateway, tenant, new GeneratedMembersContent(members, VariedMemberNames.Instance), meter, output, cancellationToken);

        var after = await ImportBaseline.MeasureAsync(blobs, AfterContainer, payload, rawWrites, meter, deleteAfter: false, cancellationToken);
        output.WriteLine(Invariant($"raw      after the import: {rawWrites / after.Time.TotalSeconds:0} upserts/s"));
        var rosterAfterImport = await RosterFootprint.ReadAsync(blobs, tenant.Id, cancellationToken);

        // Exactly once: the whole directory by cursor, one page at a time.
        var directory = new DirectoryClient(tenant.Id, tenant.ApiKey);
        output.WriteLine("walk     reading the whole directory by name, page after page");
        var walk = await new CursorWalk(gateway, directory, WalkPageSize).RunAsync(cancellationToken);
        output.WriteLine(Invariant($"walk     {walk.Pages} pages, {walk.Distinct:N0} distinct members in {walk.Elapsed.TotalSeconds:0.0} s"));

        // Every search once, alone: that each finds someone (accents and folding included), and how many.
        var searches = SearchMix.Build(members, Searches);
        var searchCheck = await CheckSearchesAsync(gateway, directory, searches, cancellationToken);

        // The read phases, one after another.
        ProcessProbe.ResetPeak(silo);
        using var readMemory = new PeakMemorySampler(silo, MemoryInterval);
        var phase = new ReadPhase(Readers, options.Warmup, duration, meter, output);
        var cursors = walk.Cursors.Count > 0 ? walk.Cursors : [""];
        var reads = new List<ReadPhaseResult>
        {
            await phase.RunAsync(Target(platform, "first page by name", () => directory.Page("name", PageSize)), DirectoryResults.FirstPageP99Ms, cancellationToken),
            await phase.RunAsync(Target(platform, "first page by risk", () => directory.Page("risk", PageSize)), DirectoryResults.FirstPageP99Ms, cancellationToken),
            await phase.RunAsync(Target(platform, "search", () => directory.Page(null, q: searches[Random.Shared.Next(searches.Count)].Query)), DirectoryResults.SearchP99Ms, cancellationToken),
            await phase.RunAsync(Target(platform, "deep pages by name", () => directory.Page("name", PageSize, cursors[Random.Shared.Next(cursors.Count)])), null, cancellationToken),
        };
        await readMemory.StopAsync();
        var readHwm = ProcessProbe.StatusKilobytes(silo, "VmHWM") * 1024L;

        // Risk freshness: members spread over the file.
        var samples = RiskFreshnessProbe.Sample(members, FreshnessSamples);
        output.WriteLine(Invariant($"risk     {samples.Count} members: two DEXA measurements each, then polled until high"));
        var freshnessCpuBefore = meter.Take();
        var freshness = await new RiskFreshnessProbe(gateway, directory, FreshnessLanes).RunAsync(samples, cancellationToken);
        var freshnessCpu = meter.Since(freshnessCpuBefore);

        var rosterAtEnd = await RosterFootprint.ReadAsync(blobs, tenant.Id, cancellationToken);
        var results = new DirectoryResults(
            members, rawWrites, payload.ToMemory().Length, import, before, after, rosterAfterImport, rosterAtEnd, walk, searchCheck,
            reads, readMemory.PeakBytes, readHwm, freshness, freshnessCpu, ProcessProbe.StatusKilobytes(silo, "VmRSS") * 1024L);
        results.Write(output);

        if (!import.Job.CreatedExactly(members) || !walk.ExactlyOnce(members))
        {
            throw new InvalidOperationException("Members were lost or listed more than once (see the table above).");
        }
    }

    /// <summary>Sends each search once, one at a time: how many found nobody, the mean of their totals, and latencies.</summary>
    private static async Task<SearchCheck> CheckSearchesAsync(
        HttpClient gateway, DirectoryClient directory, IReadOnlyList<SearchText> searches, CancellationToken cancellationToken)
    {
        var empty = new List<string>();
        var latencies = new LatencySamples();
        long totals = 0;
        foreach (var search in searches)
        {
            var sent = Stopwatch.GetTimestamp();
            var page = await DirectoryClient.GetAsync(gateway, directory.Page(null, q: search.Query), cancellationToken);
            latencies.Add(Stopwatch.GetTimestamp() - sent);
            totals += page.Total;
            if (page.Total == 0)
            {
                empty.Add(search.Query);
            }
        }

        return new SearchCheck(searches.Count, empty, (double)totals / searches.Count, LatencySamples.Percentiles([latencies], 50, 99, 100),
            [.. searches.Select(s => s.Query).Distinct().Take(12)]);
    }

    private static LoadTarget Target(LocalPlatform platform, string name, Func<HttpRequestMessage> request) =>
        new(name, platform.GatewayUri, request, HttpStatusCode.OK);
}
