using RunStrong.Activities.Recording;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Activities.Derivation;

/// <summary>
/// A run's kind. Precedence: interval, then tempo, then long, then easy. The hard kinds win because what only the
/// kind carries is whether a session was hard (COACHING.md counts hard runs for HIIT_TOO_FREQUENT, lifting after
/// hard runs, and the load's default RPE); a run's length is in its minutes anyway, which the long-run fuelling
/// rules read. So a 90-min run with 6 x 1 km is an interval session, and a 90-min run with a 30-min threshold block
/// a tempo run.
/// </summary>
internal static class KindDetection
{
    public static RunKind Detect(ActivityRecording recording, double movingSeconds, AthleteContext athlete)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(athlete);
        var profile = StreamProfile.From(recording.Samples);
        if (LapIntervals.CountWorkBouts(recording.Laps) >= DetectionThresholds.MinRepeats
            || StreamIntervals.CountWorkBouts(profile) >= DetectionThresholds.MinRepeats)
        {
            return RunKind.Interval;
        }

        if (StreamTempo.HasTempoBlock(profile, athlete.MaxHeartRate))
        {
            return RunKind.Tempo;
        }

        return movingSeconds >= DetectionThresholds.LongRunMinutes * 60 ? RunKind.Long : RunKind.Easy;
    }
}
