namespace RunStrong.Silo.Grains;

/// <summary>
/// One step of erasing an athlete. Stored by name in the athlete's <see cref="AthleteErasure"/>; the order and what
/// each step does are in one list, <c>AthleteGrain.EraseSteps</c> (AthleteGrain.Erase.cs).
/// </summary>
public enum EraseStep
{
    /// <summary>Revoke the athlete's own keys first, so nothing authenticates as them while the rest goes.</summary>
    Keys,

    /// <summary>Stop imports that would re-create the member, and delete stored uploads holding their row.</summary>
    ImportFiles,

    /// <summary>Leave every challenge team: shards store the departure, leaderboards drop the athlete at once.</summary>
    Challenges,

    /// <summary>Delete the athlete's activities: their index rows and original files.</summary>
    Activities,

    /// <summary>Take the athlete out of the members directory: a tombstone outranks any listing of them still on its way.</summary>
    Directory,

    /// <summary>Delete the athlete's state blob (the erasure marker with it); always last.</summary>
    State,
}
