using System.Globalization;

namespace RunStrong.Benchmarks;

/// <summary>The harness's command line: which scenario, how long, how hard, how often.</summary>
public sealed record BenchmarkOptions
{
    public string Scenario { get; init; } = "athlete-read";

    /// <summary>
    /// <c>--duration</c> as given: the length of one measurement window (<see cref="WindowDuration"/>), or of a
    /// self-timed scenario's load phase; null when not given, so each scenario applies its own default.
    /// </summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Length of one measurement window (one target, one round).</summary>
    public TimeSpan WindowDuration => Duration ?? TimeSpan.FromSeconds(10);

    /// <summary>Unmeasured load on every target before the first round (JIT, tiering, connection pools, caches).</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight at once, the same for every target.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Each round measures every target once, alternating, so drift on a shared machine hits all alike.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Extra environment for the silo process (KEY=VALUE), for experiments such as DOTNET_gcServer=0.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SiloEnvironment { get; init; } = [];

    /// <summary>Extra environment for the gateway process (KEY=VALUE).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GatewayEnvironment { get; init; } = [];

    /// <summary>
    /// Proxy over HTTP/1.1 instead of the deployed HTTP/2 hop (ClusterListenerExtensions), to measure what
    /// HTTP/2 gains.
    /// </summary>
    public bool ProxyHttp1 { get; init; }

    /// <summary>
    /// <c>--cluster-tls on|off|both</c>: the platforms to measure, one after the other in this run. On (the
    /// default) is as deployed: mutual TLS on the gateway-silo hop and Orleans. Off runs the hop as HTTP/2
    /// cleartext (the Testing environment, the only one besides Development that allows it), to state what TLS costs.
    /// </summary>
    public IReadOnlyList<bool> ClusterTlsVariants { get; init; } = [true];

    /// <summary>
    /// <c>--tracing on|off|both</c>: null (not given) runs the hosts as before, tracing in process without an OTLP
    /// endpoint. On: every host exports to a local OTLP receiver (<see cref="Platform.OtlpSink"/>) with tracing as
    /// configured (all requests traced); off: the same receiver for metrics and logs, tracing switched off
    /// (<c>Telemetry__Tracing__Enabled=false</c>). Both: a platform with tracing on, then one with it off, each
    /// measured the same way, and their gateway rates compared.
    /// </summary>
    public IReadOnlyList<bool?> TracingVariants { get; init; } = [null];

    /// <summary>Keeps the platform running after the rounds until Ctrl+C, to point other tools (wrk, perf) at it.</summary>
    public bool Hold { get; init; }

    /// <summary>Scenarios import and directory: members in the generated file.</summary>
    public int Members { get; init; } = 100_000;

    /// <summary>Scenarios import and directory: raw blob upserts for each baseline (default min(members, 20,000)).</summary>
    public int? RawWrites { get; init; }

    /// <summary>Scenario challenge: club members taking part (profiles created and put in teams).</summary>
    public int Athletes { get; init; } = 10_000;

    /// <summary>Scenario challenge: teams in the challenge; athlete i joins team i % teams.</summary>
    public int Teams { get; init; } = 100;

    /// <summary>Scenario challenge: runs logged per second (open loop, paced), repeats included.</summary>
    public int LogRate { get; init; } = 500;

    /// <summary>
    /// Scenario challenge: connections the run logging uses. Runs due beyond them wait in the harness (that
    /// wait counts in their acknowledgement time, as the platform could not take them).
    /// </summary>
    public int LogConnections { get; init; } = 256;

    /// <summary>Scenario challenge: closed-loop readers of the leaderboard during the load.</summary>
    public int Pollers { get; init; } = 4;

    /// <summary>
    /// Scenario challenge: extra leaderboard readers straight to the silo (gateway-signed headers), alongside
    /// the gateway readers, to tell the gateway's share of read latency from the silo's (default none).
    /// </summary>
    public int DirectPollers { get; init; }

    /// <summary>Scenario challenge: requests in flight at once while setting up athletes and memberships.</summary>
    public int SetupConcurrency { get; init; } = 64;

    /// <summary>Scenario challenge: one acknowledged new run in this many is followed until its score is visible.</summary>
    public int FreshnessEvery { get; init; } = 25;

    /// <summary>Scenario challenge: share of sends (percent) that repeat an earlier run exactly.</summary>
    public double RepeatPercent { get; init; } = 5;

    /// <summary>Only list the scenarios.</summary>
    public bool ListScenarios { get; init; }

    public const string Usage = """
        Usage: dotnet tests/RunStrong.Benchmarks/bin/Release/net10.0/RunStrong.Benchmarks.dll [options]
          --scenario NAME        scenario to run (default athlete-read; --list shows them)
          --duration SECONDS     length of one measurement window (default 10; challenge: of the load, default 30;
                                 directory: of each read phase, default 20; activity-upload: of each upload phase, default 30)
          --warmup SECONDS       unmeasured load per target before round 1 (default 10; directory: per read phase)
          --concurrency N        requests in flight (default 32)
          --rounds N             alternating rounds over all targets (default 3)
          --silo-env K=V         extra environment for the silo process (repeatable)
          --gateway-env K=V      extra environment for the gateway process (repeatable)
          --proxy-http1          gateway-to-silo hop over HTTP/1.1 instead of HTTP/2 (for comparison)
          --cluster-tls MODE     on (default, mutual TLS as deployed), off (h2c, for comparison) or both, one after the other
          --members N            scenarios import, directory: members to import (default 100000)
          --raw-writes N         scenarios import, directory: raw Azurite upserts per baseline (default min(members, 20000))
          --athletes N           scenario challenge: participants (default 10000)
          --teams N              scenario challenge: teams, athlete i in team i % N (default 100, at most 1000)
          --log-rate N           scenario challenge: runs logged per second, paced (default 500)
          --log-connections N    scenario challenge: connections for logging runs, up to 1024 (default 256)
          --pollers N            scenario challenge: leaderboard readers during the load (default 4)
          --direct-pollers N     scenario challenge: extra leaderboard readers straight to the silo (default 0)
          --setup-concurrency N  scenario challenge: requests in flight during setup (default 64)
          --freshness-every N    scenario challenge: follow 1 in N acknowledged runs until visible (default 25)
          --repeat-percent P     scenario challenge: sends repeating an earlier run id and body (default 5)
          --tracing MODE         on (export to a local OTLP receiver), off (tracing disabled, same receiver for metrics
                                 and logs) or both, one after the other; not given: tracing without export, as before
          --hold                 keep the platform up after the rounds until Ctrl+C
          --list                 list scenarios and exit
        """;

    /// <summary>Parses <paramref name="args"/>; returns null (and writes why) when they are not usable.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        var options = new BenchmarkOptions();
        var silo = new List<KeyValuePair<string, string>>();
        var gateway = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value.");
            try
            {
                options = name switch
                {
                    "--scenario" => options with { Scenario = Value() },
                    "--duration" => options with { Duration = Seconds(Value(), name) },
                    "--warmup" => options with { Warmup = Seconds(Value(), name, allowZero: true) },
                    "--concurrency" => options with { Concurrency = Positive(Value(), name) },
                    "--rounds" => options with { Rounds = Positive(Value(), name) },
                    "--members" => options with { Members = Positive(Value(), name) },
                    "--raw-writes" => options with { RawWrites = Positive(Value(), name) },
                    "--athletes" => options with { Athletes = Positive(Value(), name) },
                    "--teams" => options with { Teams = Positive(Value(), name) },
                    "--log-rate" => options with { LogRate = Positive(Value(), name) },
                    "--log-connections" => options with { LogConnections = Positive(Value(), name) },
                    "--pollers" => options with { Pollers = Positive(Value(), name) },
                    "--direct-pollers" => options with { DirectPollers = Positive(Value(), name) },
                    "--setup-concurrency" => options with { SetupConcurrency = Positive(Value(), name) },
                    "--freshness-every" => options with { FreshnessEvery = Positive(Value(), name) },
                    "--repeat-percent" => options with { RepeatPercent = Percent(Value(), name) },
                    "--hold" => options with { Hold = true },
                    "--proxy-http1" => options with { ProxyHttp1 = true },
                    "--cluster-tls" => options with { ClusterTlsVariants = TlsVariants(Value(), name) },
                    "--tracing" => options with { TracingVariants = TracingModes(Value(), name) },
                    "--list" => options with { ListScenarios = true },
                    "--silo-env" => Add(options, silo, Value(), name),
                    "--gateway-env" => Add(options, gateway, Value(), name),
                    _ => throw new FormatException($"Unknown option '{name}'."),
                };
            }
            catch (FormatException e)
            {
                errors.WriteLine(e.Message);
                errors.WriteLine(Usage);
                return null;
            }
        }

        return options with { SiloEnvironment = silo, GatewayEnvironment = gateway };
    }

    private static BenchmarkOptions Add(BenchmarkOptions options, List<KeyValuePair<string, string>> into, string value, string name)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"{name} takes KEY=VALUE, not '{value}'.");
        }

        into.Add(new(value[..equals], value[(equals + 1)..]));
        return options;
    }

    private static TimeSpan Seconds(string value, string name, bool allowZero = false) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && (seconds > 0 || (allowZero && seconds == 0))
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"{name} takes a number of seconds, not '{value}'.");

    private static double Percent(string value, string name) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and < 100
            ? percent
            : throw new FormatException($"{name} takes a percentage from 0 to below 100, not '{value}'.");

    private static IReadOnlyList<bool> TlsVariants(string value, string name) => value switch
    {
        "on" => [true],
        "off" => [false],
        "both" => [true, false],
        _ => throw new FormatException($"{name} takes on, off or both, not '{value}'."),
    };

    private static IReadOnlyList<bool?> TracingModes(string value, string name) => value switch
    {
        "on" => [true],
        "off" => [false],
        "both" => [true, false],
        _ => throw new FormatException($"{name} takes on, off or both, not '{value}'."),
    };

    private static int Positive(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormatException($"{name} takes a positive whole number, not '{value}'.");
}
