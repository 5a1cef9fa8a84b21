namespace RunStrong.Activities;

/// <summary>What an activity becomes in the athlete's log.</summary>
public enum ActivityLoggedAs
{
    /// <summary>Running (road, trail, treadmill, track): counted in run km and the running rules.</summary>
    Run,

    /// <summary>Anything else (cycling, swimming, rowing...): training hours, load and exercise energy, not run km.</summary>
    CrossTraining,
}
