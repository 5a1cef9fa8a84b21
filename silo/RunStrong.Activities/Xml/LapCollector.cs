using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>
/// Keeps at most <see cref="ActivityRecording.MaxLaps"/> laps: later laps are folded into the last one kept, so
/// the sums of lap distance and time (what a TCX file's totals are) still count every lap.
/// </summary>
internal sealed class LapCollector
{
    private readonly List<RecordedLap> laps = [];

    public IReadOnlyList<RecordedLap> Laps => laps;

    /// <summary>Laps seen, kept or folded.</summary>
    public int Seen { get; private set; }

    public void Add(RecordedLap lap)
    {
        Seen++;
        if (laps.Count < ActivityRecording.MaxLaps)
        {
            laps.Add(lap);
            return;
        }

        laps[^1] = Fold(laps[^1], lap);
    }

    private static RecordedLap Fold(RecordedLap kept, RecordedLap next) => kept with
    {
        DistanceM = Sum(kept.DistanceM, next.DistanceM),
        TimerS = Sum(kept.TimerS, next.TimerS),
        ElapsedS = Sum(kept.ElapsedS, next.ElapsedS),
        AvgHeartRate = WeightedHeartRate(kept, next),
        MaxHeartRate = kept.MaxHeartRate is null && next.MaxHeartRate is null
            ? null
            : Math.Max(kept.MaxHeartRate ?? 0, next.MaxHeartRate ?? 0),
        EnergyKcal = Sum(kept.EnergyKcal, next.EnergyKcal),
        Intensity = kept.Intensity == next.Intensity ? kept.Intensity : LapIntensity.Unknown,
    };

    private static double? Sum(double? a, double? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static int? WeightedHeartRate(RecordedLap a, RecordedLap b)
    {
        if (a.AvgHeartRate is not { } first || b.AvgHeartRate is not { } second)
        {
            return a.AvgHeartRate ?? b.AvgHeartRate;
        }

        var (wa, wb) = (a.TimerS ?? 1, b.TimerS ?? 1);
        return wa + wb > 0 ? (int)Math.Round(((first * wa) + (second * wb)) / (wa + wb)) : first;
    }
}
