using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>The engine runs on every recommendations request: 16 weeks of data in under 20 KB allocated.</summary>
public sealed class EngineBudgetTests
{
    [Fact]
    public void Sixteen_weeks_of_data_evaluate_in_under_20_KB_allocated()
    {
        var athlete = AthleteBuilder.Steady().EatDaily(3300, 100, 200, meals: [20, 20, 30, 30]).Run(0, RunKind.Interval, 8, 45).Build();
        var asOf = AthleteBuilder.AsOf;
        for (var i = 0; i < 50; i++)
        {
            CoachingEngine.Evaluate(athlete, asOf); // warm up: JIT and the array pool
        }

        const int runs = 200;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            CoachingEngine.Evaluate(athlete, asOf);
        }

        var perEvaluation = (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
        Assert.True(perEvaluation < 20 * 1024, $"{perEvaluation} bytes per evaluation");
    }
}
