namespace RunStrong.Activities.Derivation;

/// <summary>
/// What derivation may know about the athlete: body mass for an energy estimate when the file states none, and a
/// maximum heart rate (measured or age-predicted) for judging effort from heart rate. Both optional.
/// </summary>
public sealed record AthleteContext(double? WeightKg, int? MaxHeartRate)
{
    public static readonly AthleteContext Unknown = new(null, null);
}
