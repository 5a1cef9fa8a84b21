namespace RunStrong.Activities.Xml;

/// <summary>The TCX elements the reader acts on; everything else is <see cref="Other"/>.</summary>
internal enum TcxTag
{
    Other,
    TrainingCenterDatabase,
    Activities,
    Activity,
    Id,
    Lap,
    TotalTimeSeconds,
    DistanceMeters,
    Calories,
    AverageHeartRateBpm,
    MaximumHeartRateBpm,
    Value,
    Intensity,
    Trackpoint,
    Time,
    HeartRateBpm,
    LatitudeDegrees,
    LongitudeDegrees,
    Speed,
    Courses,
    Workouts,
}
