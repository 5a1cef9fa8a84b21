using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>Foster's session-RPE load (RPE x minutes), with the default RPE by kind when none is logged.</summary>
public static class SessionRpe
{
    public static int DefaultFor(RunKind kind) => kind switch
    {
        RunKind.Easy => DefaultRpeEasy,
        RunKind.Long => DefaultRpeLong,
        RunKind.Tempo => DefaultRpeTempo,
        _ => DefaultRpeInterval,
    };

    public static double Load(Run run) => (run.Rpe ?? DefaultFor(run.Kind)) * run.DurationMin;

    public static double Load(StrengthSession session) => (session.Rpe ?? DefaultRpeStrength) * session.DurationMin;
}
