namespace RunStrong.Coaching.Athletes;

/// <summary>What the athlete tells us about themselves; replaced whole on every update.</summary>
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
    bool InjuredRecently);
