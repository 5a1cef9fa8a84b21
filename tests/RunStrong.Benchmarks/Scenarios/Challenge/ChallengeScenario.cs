using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// A club distance challenge at scale, all through the gateway: sets up <c>--athletes</c> members in
/// <c>--teams</c> teams, then for <c>--duration</c> (default 30 s) logs runs at <c>--log-rate</c> (open
/// loop, a few percent exact repeats) while <c>--pollers</c> readers load the leaderboard; meanwhile follows
/// a sample of acknowledged runs until the athlete's standing shows them. Afterwards checks every score to
/// the hundredth against what the client logged, and fails when any differs.
/// </summary>
public sealed class ChallengeScenario : ISelfTimedScenario
{
    private const string ChallengeId = "bench-distance";
    private const int LeaderboardTop = 50;
    private const int FreshnessConcurrency = 32;
    /// <summary>Runs awaiting their answer at most: past it the platform has fallen behind by seconds, and a due send is skipped.</summary>
    private const int MaxRunsInFlight = 1_024;
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromSeconds(30);

    public string Name => "challenge";

    public string Description => "club distance challenge: 10,000 athletes in 100 teams, runs logged at 500/s while the leaderboard is read";

    public async Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var roster = new ClubRoster(options.Athletes, options.Teams);
        var duration = options.Duration ?? DefaultDuration;
        output.WriteLine(Invariant(
            $"club     {roster.Athletes:N0} athletes in {roster.Teams} teams; setup {options.SetupConcurrency} requests at a time"));
        output.WriteLine(Invariant(
            $"load     {duration.TotalSeconds:0} s: {options.LogRate} runs/s ({options.RepeatPercent}% repeats, {Math.Min(options.LogConnections, MaxRunsInFlight)} connections, at most {MaxRunsInFlight} in flight), {options.Pollers} leaderboard readers (top {LeaderboardTop}); freshness: 1 in {options.FreshnessEvery} new runs"));

        using var azurite = ProcessProbe.FindAzurite();
        var meter = new CpuMeter(
        [
            new("gateway", () => platform.Gateway.CpuTime),
            new("silo", () => platform.Silo.CpuTime),
            new("azurite", () => ProcessProbe.CpuTime(azurite)),
            new("loadgen", () => Process.GetCurrentProcess().TotalProcessorTime),
        ]);

        // Setup: the club tenant, its challenge, teams, athletes and memberships.
        var setupShedding = new RetryAfterHandler();
        using var setupClient = LoopbackClient.Create(platform.GatewayUri, options.SetupConcurrency, SetupTimeout, retryAfter: setupShedding);
        using var metricsClient = LoopbackClient.Create(platform.SiloUri, 1, RequestTimeout);
        var tenant = await new AdminApi(setupClient, platform.Secrets)
            .CreateTenantAsync($"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", "Benchmark Club", "club", cancellationToken);
        var club = new ClubApi(tenant.Id, tenant.ApiKey, ChallengeId);
        await TenantRequests.WaitUntilAdmittedAsync(setupClient, $"{club.ChallengesPath}?limit=1", tenant.ApiKey, cancellationToken);
        output.WriteLine($"tenant   {tenant.Id} (club), challenge {ChallengeId}");

        var setupCpuBefore = meter.Take();
        var setupClock = Stopwatch.StartNew();
        var setup = await new ClubSetup(setupClient, setupShedding, club, roster, options.SetupConcurrency)
            .RunAsync(DateOnly.FromDateTime(DateTime.UtcNow), output, cancellationToken);
        var setupTime = setupClock.Elapsed;
        var setupCpu = meter.Since(setupCpuBefore);
        using var controlClient = LoopbackClient.Create(platform.GatewayUri, 1, RequestTimeout);
        var control = new UnenrolledRunProbe(controlClient, club);
        await control.PrepareAsync(cancellationToken);

        // Load: paced run logging, leaderboard readers and freshness probes, all at once.
        var sends = (int)(options.LogRate * duration.TotalSeconds);
        var runs = new RunGenerator(roster, options.RepeatPercent, sends, DateTimeOffset.UtcNow);
        var ledger = new ScoreLedger(roster, sends);
        using var probeClient = LoopbackClient.Create(platform.GatewayUri, FreshnessConcurrency, RequestTimeout);
        using var freshness = new FreshnessProbe(probeClient, club, options.FreshnessEvery, FreshnessConcurrency);
        using var writeClient = LoopbackClient.Create(platform.GatewayUri, Math.Min(options.LogConnections, MaxRunsInFlight), RequestTimeout);
        var writes = new RunLogLoad(writeClient, club, runs, ledger, freshness);
        using var readers = new LoadGenerator(
            new LoadTarget("leaderboard", platform.GatewayUri, () => club.Leaderboard(LeaderboardTop), HttpStatusCode.OK), options.Pollers);
        using var directReaders = options.DirectPollers > 0 ? new LoadGenerator(DirectReads(platform, club), options.DirectPollers) : null;

        output.WriteLine(Invariant($"load     running for {duration.TotalSeconds:0} s"));
        var storageBefore = await StorageTrafficScrape.ReadAsync(metricsClient, platform.SiloUri, cancellationToken);
        var loadCpuBefore = meter.Take();
        var reading = readers.RunAsync(duration, cancellationToken);
        var readingDirect = directReaders?.RunAsync(duration, cancellationToken);
        var controlling = control.RunAsync(duration, cancellationToken);
        var paced = await new OpenLoopPacer(options.LogRate, MaxRunsInFlight)
            .RunAsync(duration, () => writes.Next(cancellationToken), cancellationToken);
        var reads = await reading;
        var directReads = readingDirect is null ? null : await readingDirect;
        var unenrolled = await controlling;
        await writes.DrainResendsAsync();
        var loadCpu = meter.Since(loadCpuBefore);
        var storageTraffic = (await StorageTrafficScrape.ReadAsync(metricsClient, platform.SiloUri, cancellationToken)).Since(storageBefore);
        await freshness.DrainAsync();
        var unknown = await writes.ResolveAsync(cancellationToken);

        // Exactness: every score against the ledger, once the leaderboard holds still.
        output.WriteLine("check    waiting for the leaderboard to settle, then reading every athlete's standing");
        var exactness = await new ExactnessCheck(setupClient, club, roster, ledger, options.SetupConcurrency).RunAsync(cancellationToken);
        var storage = ProcessProbe.EnvironmentVariable(platform.Silo.Id, "ConnectionStrings__storage")
            ?? throw new InvalidOperationException("The silo's storage connection string was not found in its environment.");
        var footprint = await StorageFootprint.ReadAsync(storage, tenant.Id, cancellationToken);
        var report = new ChallengeResults(roster, options, duration, setup, setupTime, setupCpu, paced, writes, unenrolled, reads, directReads, loadCpu, storageTraffic, freshness, ledger, unknown, exactness, footprint, setupShedding);
        report.Write(output);

        if (!report.Exact)
        {
            throw new InvalidOperationException("Challenge scores are not exact (see the mismatches above).");
        }
    }

    /// <summary>The leaderboard read straight from the silo, with the caller headers the gateway would add.</summary>
    private static LoadTarget DirectReads(LocalPlatform platform, ClubApi club)
    {
        var signature = new GatewaySignature(new RequestSigner(platform.Secrets.SigningKey), TimeProvider.System, platform.DirectUri);
        return new LoadTarget("direct", platform.DirectUri, () =>
        {
            var request = club.Leaderboard(LeaderboardTop);
            request.Headers.Remove(TenantRequests.ApiKeyHeader);
            signature.Apply(request, club.TenantId, TenantKind.Club);
            return request;
        }, HttpStatusCode.OK, platform.DirectTls);
    }
}
