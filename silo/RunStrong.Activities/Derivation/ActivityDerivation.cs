using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Derivation;

/// <summary>PLACEHOLDER: derives the summary (sport mapping, totals, kind detection, energy) from a recording.</summary>
public static class ActivityDerivation
{
    public static ActivitySummary Derive(ActivityRecording recording, AthleteContext athlete) => throw new NotImplementedException();
}
