namespace RunStrong.Coaching.Engine.Training;

/// <summary>Fitness, fatigue and form at the end of one day (session-RPE load units, one decimal).</summary>
public sealed record DailyLoad(DateOnly Date, double Fitness, double Fatigue, double Form);
