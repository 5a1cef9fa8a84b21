using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// How a week's km split into runs: the hard session sized by its structure (its duration is what its guidance
/// describes), the long run 1.5 shares (at most 3 h), easy runs 1 share each; fewer runs when the km cannot give
/// each at least 1 km, and no hard session when it would not fit.
/// </summary>
internal sealed record Volume(bool Long, double LongKm, PlannedSession? Hard, int EasyRuns, double EasyKm)
{
    public double TotalKm => (Long ? LongKm : 0) + (Hard?.DistanceKm ?? 0) + (EasyRuns * EasyKm);

    /// <summary>
    /// The runs of this (normal) week that still fit the rest of a week already under way: none longer than here,
    /// together no more than the km left (the long run and easy runs shrink alike), none under 1 km. Missed volume is
    /// not crammed into the days that remain.
    /// </summary>
    public Volume Fit(double remainingKm, bool longRun, bool hard, int easyRuns)
    {
        var hardRun = hard && Hard is { } session && session.DistanceKm <= remainingKm ? Hard : null;
        var available = remainingKm - (hardRun?.DistanceKm ?? 0);
        longRun &= Long || easyRuns == 0;
        while (true)
        {
            var flexible = (longRun ? LongKm : 0) + (easyRuns * EasyKm);
            var scale = flexible > available && flexible > 0 ? available / flexible : 1;
            var (longKm, easyKm) = (LongKm * scale, EasyKm * scale);
            if (easyRuns > 0 && easyKm < MinPlannedRunKm)
            {
                easyRuns--;
            }
            else if (easyRuns == 0 && longRun && longKm < MinPlannedRunKm)
            {
                longRun = false;
            }
            else
            {
                return new Volume(longRun, longKm, hardRun, easyRuns, easyKm);
            }
        }
    }

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
