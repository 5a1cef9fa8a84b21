using BenchmarkDotNet.Attributes;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;

namespace RunStrong.Benchmarks.Micro;

/// <summary>
/// One evaluation of the coaching engine for an athlete with 16 weeks of data, weigh-ins included (target: under
/// 50 us and under 20 KB allocated per evaluation); and the current week's plan, asked for on a Wednesday.
/// </summary>
[MemoryDiagnoser]
public class CoachingEngineBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);
    private AthleteData athlete = null!;

    /// <summary>UTC days need no conversion; other zones map each run and session to the athlete's local day.</summary>
    [Params("UTC", "Australia/Sydney")]
    public string TimeZone { get; set; } = "UTC";

    [GlobalSetup]
    public void Setup()
    {
        var data = SixteenWeeksOfData.Build(AsOf);
        athlete = data with { Profile = data.Profile with { TimeZone = TimeZone } };
    }

    [Benchmark]
    public CoachingReport Evaluate() => CoachingEngine.Evaluate(athlete, AsOf);

    [Benchmark]
    public WeekPlan PlanWeek() => CoachingEngine.PlanWeek(athlete, AsOf.AddDays(-2), AsOf);
}
