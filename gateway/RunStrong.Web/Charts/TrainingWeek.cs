namespace RunStrong.Web.Charts;

/// <summary>One week of training for <see cref="WeeklyTrainingChart"/>.</summary>
/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="Km">Distance run that week.</param>
/// <param name="HardSessions">Sessions counted as hard that week.</param>
public sealed record TrainingWeek(DateOnly WeekStart, double Km, int HardSessions);
