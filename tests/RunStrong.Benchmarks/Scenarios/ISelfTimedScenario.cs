using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// A scenario that does not fit the alternating closed-loop windows of <see cref="ScenarioRunner"/> (one
/// long operation such as an import, timed from start to finish): it measures and reports by itself.
/// </summary>
public interface ISelfTimedScenario : IScenario
{
    Task RunAsync(LocalPlatform platform, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken);

    /// <summary>Not used: the runner calls <see cref="RunAsync"/> for these.</summary>
    Task<ScenarioPlan> IScenario.PrepareAsync(LocalPlatform platform, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Scenario {Name} times itself ({nameof(ISelfTimedScenario)}.{nameof(RunAsync)}).");
}
