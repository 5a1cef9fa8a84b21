namespace RunStrong.Activities.Fit;

/// <summary>The fields the product reads from a record message, scaled; null where the record lacks them.</summary>
internal readonly record struct FitRecordMessage(DateTimeOffset? Time, double? DistanceM, double? SpeedMps, int? HeartRate);
