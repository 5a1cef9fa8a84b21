using System.Text.Json.Serialization;

namespace RunStrong.Coaching.Athletes;

/// <summary>
/// What the athlete tells us about themselves; replaced whole on every update. <see cref="TimeZone"/> (an
/// IANA id) decides which calendar day an activity belongs to; it comes last with a default so that profiles
/// stored before it existed read as UTC.
/// </summary>
public sealed record AthleteProfile(
    Sex Sex,
    int BirthYear,
    double HeightCm,
    double WeightKg,
    double? BodyFatPercent,
    BodyFatMethod? BodyFatMethod,
    int? RunningExperienceMonths,
    Goal Goal,
    TrainingPhase Phase,
    bool InjuredRecently,
    string TimeZone = LocalCalendar.UtcId)
{
    /// <summary>The athlete's calendar, for every "which day" question about them.</summary>
    [JsonIgnore]
    public LocalCalendar Calendar => LocalCalendar.For(TimeZone);
}
