using RunStrong.Coaching.Engine;

namespace RunStrong.Coaching.Tests.Builders;

internal static class ReportAssert
{
    public static Recommendation Fires(this CoachingReport report, string code) =>
        Assert.Single(report.Recommendations, r => r.Code == code);

    public static void DoesNotFire(this CoachingReport report, string code) =>
        Assert.DoesNotContain(report.Recommendations, r => r.Code == code);
}
