using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// One benchmark scenario: seeds what it needs on a running platform, then names the targets to load.
/// Later scenarios (imports, leaderboards) add a class and a line in <see cref="ScenarioCatalog"/>.
/// </summary>
public interface IScenario
{
    /// <summary>The name given on the command line (<c>--scenario</c>).</summary>
    string Name { get; }

    string Description { get; }

    Task<ScenarioPlan> PrepareAsync(LocalPlatform platform, CancellationToken cancellationToken);
}
