using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Log;

namespace RunStrong.Coaching.Summary;

/// <summary>The athlete's recent training and eating as shown with their profile: the last 7 and the last 28 days.</summary>
public sealed record TrainingSummary(DateOnly AsOf, TrainingWindow Last7Days, TrainingWindow Last28Days)
{
    /// <param name="body">The body baseline for per-kg figures; null without a profile (nutrition figures are then null).</param>
    /// <param name="calendar">The athlete's calendar: windows are their local days.</param>
    public static TrainingSummary Of(AthleteLog log, BodyBaseline? body, DateOnly asOf, LocalCalendar calendar) =>
        new(asOf, TrainingWindow.Of(log, body, asOf, 7, calendar), TrainingWindow.Of(log, body, asOf, 28, calendar));
}
