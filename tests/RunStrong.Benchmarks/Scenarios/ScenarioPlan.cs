using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// What a scenario measures: the subject and, when it has one, a baseline measured alternately in the same
/// run with the same concurrency, reported as the ratio subject/baseline.
/// </summary>
public sealed record ScenarioPlan(LoadTarget Subject, LoadTarget? Baseline = null)
{
    public IReadOnlyList<LoadTarget> Targets => Baseline is null ? [Subject] : [Subject, Baseline];
}
