using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// How the km left for the week split into runs: the hard session sized by its structure (its duration is what its
/// guidance describes), the long run 1.5 shares (at most 3 h), easy runs 1 share each; fewer runs when what is
/// left cannot give each at least 1 km, and no hard session when it would not fit.
/// </summary>
internal sealed record Volume(bool Long, double LongKm, PlannedSession? Hard, int EasyRuns, double EasyKm)
{
    public static Volume Split(double remainingKm, double easyPace, bool longRun, PlannedSessionKind? hardKind, int runDays)
    {
        var easyRuns = Math.Max(0, runDays - (longRun ? 1 : 0) - (hardKind is null ? 0 : 1));
        PlannedSession? hard = null;
        if (hardKind is { } kind)
        {
            var share = remainingKm / (easyRuns + 1 + (longRun ? LongRunShares : 0));
            hard = HardSession(kind, share, easyPace);
            hard = hard.DistanceKm <= remainingKm - (longRun ? LongRunShares * MinPlannedRunKm : 0) ? hard : null;
        }

        var rest = remainingKm - (hard?.DistanceKm ?? 0);
        // The shortest run is an easy run's share, or the long run alone when it is the only one.
        while (easyRuns + (longRun ? 1 : 0) > 0 && (easyRuns > 0 ? rest / (easyRuns + (longRun ? LongRunShares : 0)) : rest) < MinPlannedRunKm)
        {
            (easyRuns, longRun) = easyRuns > 0 ? (easyRuns - 1, longRun) : (0, false);
        }

        var shares = easyRuns + (longRun ? LongRunShares : 0);
        var longKm = longRun ? Math.Min(LongRunShares * rest / shares, MaxLongRunMin / easyPace) : 0;
        return new Volume(longRun, longKm, hard, easyRuns, easyRuns == 0 ? 0 : (rest - longKm) / easyRuns);
    }

    /// <summary>
    /// The largest session of its kind that fits about <paramref name="targetKm"/>: 3-6 interval repeats of 3 min with
    /// 2-min jogs, or a 15-30 min tempo block, each between 10 min warm-up and cool-down at easy pace.
    /// </summary>
    private static PlannedSession HardSession(PlannedSessionKind kind, double targetKm, double easyPace)
    {
        var targetMin = targetKm * easyPace;
        var easyMin = HardWarmUpMin + HardCoolDownMin;
        if (kind == PlannedSessionKind.IntervalRun)
        {
            var repeats = Math.Clamp((int)((targetMin - easyMin + IntervalRecoveryMin) / (IntervalRepeatMin + IntervalRecoveryMin)), MinIntervalRepeats, MaxIntervalRepeats);
            var jogMin = IntervalRecoveryMin * (repeats - 1);
            var hardMin = IntervalRepeatMin * repeats;
            var km = ((easyMin + jogMin) / easyPace) + (hardMin / (easyPace * IntervalPaceFactor));
            return new PlannedSession(kind, easyMin + jogMin + hardMin, Math.Floor(km * 10) / 10, SessionGuidance.Intervals[repeats - MinIntervalRepeats]);
        }

        var size = Math.Clamp((int)((targetMin - easyMin - MinTempoBlockMin) / TempoBlockStepMin), 0, TempoBlockSizes - 1);
        var blockMin = MinTempoBlockMin + (size * TempoBlockStepMin);
        var tempoKm = (easyMin / easyPace) + (blockMin / (easyPace * TempoPaceFactor));
        return new PlannedSession(kind, easyMin + blockMin, Math.Floor(tempoKm * 10) / 10, SessionGuidance.Tempos[size]);
    }
}
