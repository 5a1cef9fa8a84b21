using System.Runtime;
using System.Runtime.InteropServices;

namespace RunStrong.Benchmarks.Reporting;

/// <summary>The header of a report: machine, runtime and the run's settings, so results can be compared.</summary>
public static class MachineDescription
{
    public static string Describe(BenchmarkOptions options, Scenarios.IScenario scenario) => string.Join(Environment.NewLine,
        $"scenario {scenario.Name}: {scenario.Description}",
        scenario is Scenarios.ISelfTimedScenario
            ? "settings printed by the scenario (it times itself; the window options do not apply)"
            : FormattableString.Invariant(
                $"duration {options.WindowDuration.TotalSeconds} s x {options.Rounds} rounds, warm-up {options.Warmup.TotalSeconds} s, concurrency {options.Concurrency}"),
        $"machine  {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}",
        $"runtime  {RuntimeInformation.FrameworkDescription}; load generator GC: {(GCSettings.IsServerGC ? "server" : "workstation")}",
        $"proxy    gateway to silo over {(options.ProxyHttp1 ? "HTTP/1.1" : "HTTP/2 (as deployed)")}; cluster TLS: {string.Join(", then ", options.ClusterTlsVariants.Select(Tls))}",
        Extra("silo env", options.SiloEnvironment),
        Extra("gateway env", options.GatewayEnvironment));

    private static string Tls(bool on) => on ? "on (mutual TLS, as deployed)" : "off (cleartext, for comparison)";

    private static string Extra(string label, IReadOnlyList<KeyValuePair<string, string>> environment) =>
        environment.Count == 0 ? $"{label}: (defaults)" : $"{label}: {string.Join(" ", environment.Select(e => $"{e.Key}={e.Value}"))}";

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (!File.Exists(CpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var model = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
