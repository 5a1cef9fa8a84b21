namespace RunStrong.Web.Charts;

/// <summary>One day of the fitness–fatigue model for <see cref="FitnessChart"/>.</summary>
/// <param name="Date">The day.</param>
/// <param name="Fitness">Chronic training load.</param>
/// <param name="Fatigue">Acute training load.</param>
/// <param name="Form">Fitness minus fatigue; negative when tired.</param>
public sealed record TrainingLoadDay(DateOnly Date, double Fitness, double Fatigue, double Form);
