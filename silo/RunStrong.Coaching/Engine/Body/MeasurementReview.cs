using System.Buffers;
using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// Reads the measurements once: sets implausible entries aside (they are never rule inputs), picks the
/// current body mass and body fat, and fits the mass and fat-free-mass trends.
/// </summary>
internal sealed class MeasurementReview
{
    /// <summary>How far back measurements are read: the FFM comparison reaches 28 + 84 days.</summary>
    private const int LookbackDays = FfmLatestMaxAgeDays + FfmCompareMaxDays;

    /// <summary>Implausible entries older than this are dropped silently rather than reported again.</summary>
    private const int ReportDays = 28;

    private MeasurementReview(double bodyMassKg, double? bodyFatPercent, BodyFatMethod? method, BodyTrend trend, List<ImplausibleEntry>? implausible)
    {
        BodyMassKg = bodyMassKg;
        BodyFatPercent = bodyFatPercent;
        BodyFatMethod = method;
        Trend = trend;
        Implausible = implausible;
    }

    public double BodyMassKg { get; }

    public double? BodyFatPercent { get; }

    public BodyFatMethod? BodyFatMethod { get; }

    public BodyTrend Trend { get; }

    /// <summary>Entries to report for review (null when there are none, the usual case).</summary>
    public List<ImplausibleEntry>? Implausible { get; }

    public static MeasurementReview Of(AthleteProfile profile, IReadOnlyList<Measurement> measurements, DateOnly asOf)
    {
        var first = asOf.AddDays(-LookbackDays);
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, measurements.Count));
        var plausible = ArrayPool<bool>.Shared.Rent(Math.Max(1, measurements.Count));
        try
        {
            var count = SortedInWindow(measurements, first, asOf, order);
            List<ImplausibleEntry>? implausible = null;
            Measurement? previous = null, latest = null, latestWithFat = null;
            for (var i = 0; i < count; i++)
            {
                var entry = measurements[order[i]];
                var reason = Check(profile, entry, previous, out var value);
                plausible[i] = reason is null;
                if (reason is { } why)
                {
                    if (entry.Date > asOf.AddDays(-ReportDays))
                    {
                        (implausible ??= []).Add(new ImplausibleEntry(entry, why, value));
                    }

                    continue;
                }

                previous = latest = entry;
                if (entry.BodyFatPercent is not null)
                {
                    latestWithFat = entry;
                }
            }

            double? bodyFat = latestWithFat?.BodyFatPercent;
            var method = latestWithFat?.BodyFatMethod;
            var bodyMass = latest?.WeightKg ?? profile.WeightKg;
            if (bodyFat is null && profile.BodyFatPercent is { } profileFat)
            {
                var normalized = BodyComposition.NormalizedFfmi(profile.WeightKg, profileFat, profile.HeightCm);
                if (BodyComposition.IsImplausible(profile.Sex, normalized))
                {
                    (implausible ??= []).Add(new ImplausibleEntry(null, ImplausibleReason.NormalizedFfmi, normalized));
                }
                else
                {
                    (bodyFat, method) = (profileFat, profile.BodyFatMethod);
                }
            }

            var trend = FitTrend(measurements, order, plausible, count, latestWithFat, asOf);
            return new MeasurementReview(bodyMass, bodyFat, method, trend, implausible);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<bool>.Shared.Return(plausible);
        }
    }

    private static ImplausibleReason? Check(AthleteProfile profile, Measurement entry, Measurement? previous, out double value)
    {
        if (entry.BodyFatPercent is { } fat)
        {
            value = BodyComposition.NormalizedFfmi(entry.WeightKg, fat, profile.HeightCm);
            if (BodyComposition.IsImplausible(profile.Sex, value))
            {
                return ImplausibleReason.NormalizedFfmi;
            }
        }

        if (previous is not null && entry.Date.DayNumber - previous.Date.DayNumber <= 1)
        {
            value = (entry.WeightKg - previous.WeightKg) / previous.WeightKg * 100;
            if (Math.Abs(value) > ImplausibleDailyMassChangePercent)
            {
                return ImplausibleReason.DailyMassChange;
            }
        }

        value = 0;
        return null;
    }

    /// <summary>Indices of entries dated in [first, asOf], ordered by date (stable), into <paramref name="order"/>.</summary>
    private static int SortedInWindow(IReadOnlyList<Measurement> measurements, DateOnly first, DateOnly asOf, int[] order)
    {
        var count = 0;
        for (var i = 0; i < measurements.Count; i++)
        {
            var date = measurements[i].Date;
            if (date < first || date > asOf)
            {
                continue;
            }

            // Insertion sort: logs arrive nearly in date order, so this is close to linear.
            var at = count++;
            while (at > 0 && measurements[order[at - 1]].Date > date)
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = i;
        }

        return count;
    }

    private static BodyTrend FitTrend(
        IReadOnlyList<Measurement> measurements, int[] order, bool[] plausible, int count, Measurement? latestWithFat, DateOnly asOf)
    {
        // Least squares of mass on day over the last 28 days, x centred on the as-of day.
        var from = asOf.AddDays(1 - MassTrendWindowDays);
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        int firstDay = int.MaxValue, lastDay = int.MinValue;
        Measurement? baseline = null;
        var ffmFrom = latestWithFat?.Date.AddDays(-FfmCompareMaxDays);
        var ffmTo = latestWithFat?.Date.AddDays(-FfmCompareMinDays);
        for (var i = 0; i < count; i++)
        {
            if (!plausible[i])
            {
                continue;
            }

            var entry = measurements[order[i]];
            if (baseline is null && entry.BodyFatPercent is not null && entry.Date >= ffmFrom && entry.Date <= ffmTo
                && entry.BodyFatMethod is not null && entry.BodyFatMethod == latestWithFat!.BodyFatMethod)
            {
                baseline = entry;
            }

            if (entry.Date < from)
            {
                continue;
            }

            double x = entry.Date.DayNumber - asOf.DayNumber;
            n++;
            sx += x;
            sy += entry.WeightKg;
            sxx += x * x;
            sxy += x * entry.WeightKg;
            firstDay = Math.Min(firstDay, entry.Date.DayNumber);
            lastDay = Math.Max(lastDay, entry.Date.DayNumber);
        }

        var span = n >= 2 ? lastDay - firstDay : 0;
        double? percentPerWeek = null;
        if (span >= MassTrendMinDays)
        {
            var slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
            percentPerWeek = slope * 7 / (sy / n) * 100;
        }

        var latestIsRecent = latestWithFat is not null && latestWithFat.Date > asOf.AddDays(-FfmLatestMaxAgeDays);
        if (!latestIsRecent || baseline is null)
        {
            return new BodyTrend(percentPerWeek, span, null, null, 0);
        }

        var before = BodyComposition.FatFreeMassKg(baseline.WeightKg, baseline.BodyFatPercent!.Value);
        var now = BodyComposition.FatFreeMassKg(latestWithFat!.WeightKg, latestWithFat.BodyFatPercent!.Value);
        return new BodyTrend(percentPerWeek, span, now - before, (now - before) / before * 100, latestWithFat.Date.DayNumber - baseline.Date.DayNumber);
    }
}
