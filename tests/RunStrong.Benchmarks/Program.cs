using System.Runtime.InteropServices;
using RunStrong.Benchmarks;
using RunStrong.Benchmarks.Platform;
using RunStrong.Benchmarks.Reporting;
using RunStrong.Benchmarks.Scenarios;

if (args is ["micro", .. var microArgs])
{
    // In-process micro-benchmarks (BenchmarkDotNet), e.g. `micro --filter *CoachingEngine*`.
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(microArgs);
    return 0;
}

var options = BenchmarkOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

if (options.ListScenarios)
{
    foreach (var known in ScenarioCatalog.All)
    {
        Console.WriteLine($"{known.Name,-16} {known.Description}");
    }

    return 0;
}

var scenario = ScenarioCatalog.Find(options.Scenario);
if (scenario is null)
{
    Console.Error.WriteLine($"No scenario '{options.Scenario}'; --list shows them.");
    return 2;
}

// Ctrl+C and SIGTERM cancel the run; the platform is then stopped by the await-using below.
using var stop = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    // Return at once: cancellation callbacks run on another thread, never inside the signal handler.
    context.Cancel = true;
    _ = Task.Run(stop.Cancel);
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

Console.WriteLine(MachineDescription.Describe(options, scenario));
try
{
    var layout = RepositoryLayout.Locate();
    var tracingComparison = new TracingComparison();
    foreach (var (clusterTls, tracing) in options.ClusterTlsVariants.SelectMany(tls => options.TracingVariants.Select(tracing => (tls, tracing))))
    {
        // One platform per variant, one after the other, each measured the same way.
        if (options.ClusterTlsVariants.Count > 1 || options.TracingVariants.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine($"=== cluster TLS {(clusterTls ? "on" : "off")}{TracingComparison.Label(tracing)} ===");
        }

        await using var platform = await LocalPlatform.StartAsync(layout, options, clusterTls, tracing, Console.Out, stop.Token);
        if (scenario is ISelfTimedScenario selfTimed)
        {
            await selfTimed.RunAsync(platform, options, Console.Out, stop.Token);
        }
        else
        {
            var plan = await scenario.PrepareAsync(platform, stop.Token);
            var windows = await new ScenarioRunner(options, platform, Console.Out).RunAsync(plan, stop.Token);
            ResultTable.WriteSummary(Console.Out, plan, windows);
            tracingComparison.Add(clusterTls, tracing, plan, windows);
        }

        if (platform.Otlp is { } otlp)
        {
            Console.WriteLine(otlp.Describe());
        }

        if (options.Hold)
        {
            Console.WriteLine($"holding: gateway {platform.GatewayUri}, silo {platform.SiloUri}; Ctrl+C stops everything");
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
    }

    tracingComparison.WriteSummary(Console.Out);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.WriteLine("cancelled; stopped every process the harness started");
    return 130;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or HttpRequestException)
{
    Console.Error.WriteLine($"benchmark failed: {e.Message}");
    return 1;
}
