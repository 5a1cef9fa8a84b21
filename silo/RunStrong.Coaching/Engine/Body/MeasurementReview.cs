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

    private static readonly BodyFatMethod[] Methods = Enum.GetValues<BodyFatMethod>();

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
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, measurements.Count));
        var plausible = ArrayPool<bool>.Shared.Rent(Math.Max(1, measurements.Count));
        try
        {
            var entries = new Entries(measurements, order, plausible, SortedInWindow(measurements, asOf.AddDays(-LookbackDays), asOf, order)).Reset();
            List<ImplausibleEntry>? implausible = null;
            SetAsideImplausibleFfmi(profile, entries, asOf, ref implausible);
            SetAsideOneDayJumps(entries, asOf, ref implausible);

            Measurement? latest = null, latestWithFat = null;
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries.IsPlausible(i))
                {
                    latest = entries[i];
                    latestWithFat = latest.BodyFatPercent is null ? latestWithFat : latest;
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

            var (massTrend, massDays) = MassTrend(entries, asOf);
            var trend = FfmChange(entries, asOf) is { } ffm
                ? new BodyTrend(massTrend, massDays, ffm.Kg, ffm.Percent, ffm.Days, ffm.Method)
                : new BodyTrend(massTrend, massDays, null, null, 0);
            return new MeasurementReview(bodyMass, bodyFat, method, trend, implausible);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<bool>.Shared.Return(plausible);
        }
    }

    private static void SetAsideImplausibleFfmi(AthleteProfile profile, Entries entries, DateOnly asOf, ref List<ImplausibleEntry>? implausible)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.BodyFatPercent is not { } fat)
            {
                continue;
            }

            var value = BodyComposition.NormalizedFfmi(entry.WeightKg, fat, profile.HeightCm);
            if (BodyComposition.IsImplausible(profile.Sex, value))
            {
                entries.SetAside(i);
                Report(entry, ImplausibleReason.NormalizedFfmi, value, asOf, ref implausible);
            }
        }
    }

    /// <summary>
    /// Two weigh-ins at most a day apart that differ by more than 3 % cannot both be right. The one set aside is
    /// the one its neighbours on both sides disagree with: with 70, 70, 63 and 70 kg the next day, the 63 goes,
    /// not the correct 70 after it. Without neighbours to judge by, the later entry goes.
    /// </summary>
    private static void SetAsideOneDayJumps(Entries entries, DateOnly asOf, ref List<ImplausibleEntry>? implausible)
    {
        var previous = -1;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!entries.IsPlausible(i))
            {
                continue;
            }

            if (previous < 0 || !IsOneDayJump(entries[previous], entries[i]))
            {
                previous = i;
                continue;
            }

            var (a, b) = (entries[previous], entries[i]);
            var before = entries.PlausibleBefore(previous);
            var after = entries.PlausibleAfter(i);
            var againstA = Agrees(before, b, a) + Agrees(after, b, a);
            var againstB = Agrees(before, a, b) + Agrees(after, a, b);
            if (againstA > againstB)
            {
                // The earlier one was the outlier: drop it and judge this entry against the one before it.
                entries.SetAside(previous);
                Report(a, ImplausibleReason.DailyMassChange, PercentFrom(b, a), asOf, ref implausible);
                previous = before is null ? -1 : entries.PlausibleIndexBefore(previous);
                i--;
                continue;
            }

            entries.SetAside(i);
            Report(b, ImplausibleReason.DailyMassChange, PercentFrom(a, b), asOf, ref implausible);
        }
    }

    private static bool IsOneDayJump(Measurement a, Measurement b) =>
        b.Date.DayNumber - a.Date.DayNumber <= 1 && Math.Abs(PercentFrom(a, b)) > ImplausibleDailyMassChangePercent;

    /// <summary>1 when <paramref name="neighbour"/> is closer in mass to <paramref name="right"/> than to <paramref name="wrong"/>.</summary>
    private static int Agrees(Measurement? neighbour, Measurement right, Measurement wrong) =>
        neighbour is not null && Math.Abs(neighbour.WeightKg - right.WeightKg) < Math.Abs(neighbour.WeightKg - wrong.WeightKg) ? 1 : 0;

    private static double PercentFrom(Measurement reference, Measurement entry) => (entry.WeightKg - reference.WeightKg) / reference.WeightKg * 100;

    private static void Report(Measurement entry, ImplausibleReason reason, double value, DateOnly asOf, ref List<ImplausibleEntry>? implausible)
    {
        if (entry.Date > asOf.AddDays(-ReportDays))
        {
            (implausible ??= []).Add(new ImplausibleEntry(entry, reason, value));
        }
    }

    /// <summary>
    /// Least squares of mass on day over the most recent weigh-ins spanning at least 3 weeks (else 2), looked for up
    /// to 12 weeks back, so fortnightly and monthly weigh-ins give a trend too; in % of the window's mean mass a week.
    /// </summary>
    private static (double? PercentPerWeek, int Days) MassTrend(Entries entries, DateOnly asOf)
    {
        var latest = entries.PlausibleBefore(entries.Count);
        var oldest = asOf.AddDays(-MassTrendLookbackDays);
        if (latest is null || latest.Date <= asOf.AddDays(-MassTrendLatestMaxAgeDays))
        {
            return (null, 0);
        }

        // The latest weigh-in at least 3 weeks before the last one starts the window; failing that, 2 weeks.
        var start = -1;
        var span = 0;
        for (var i = entries.Count - 1; i >= 0 && start < 0; i--)
        {
            var date = entries[i].Date;
            var days = latest.Date.DayNumber - date.DayNumber;
            if (entries.IsPlausible(i) && date >= oldest && days >= DeficitTrendMinDays)
            {
                (start, span) = (i, days);
            }
        }

        for (var i = entries.Count - 1; i >= 0 && start < 0; i--)
        {
            var date = entries[i].Date;
            var days = latest.Date.DayNumber - date.DayNumber;
            if (entries.IsPlausible(i) && date >= oldest && days >= MassTrendMinDays)
            {
                (start, span) = (i, days);
            }
        }

        if (start < 0)
        {
            return (null, 0);
        }

        // x is centred on the as-of day so the sums stay small.
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = start; i < entries.Count; i++)
        {
            if (!entries.IsPlausible(i))
            {
                continue;
            }

            var entry = entries[i];
            double x = entry.Date.DayNumber - asOf.DayNumber;
            n++;
            sx += x;
            sy += entry.WeightKg;
            sxx += x * x;
            sxy += x * entry.WeightKg;
        }

        var slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        return (slope * 7 / (sy / n) * 100, span);
    }

    /// <summary>
    /// For each body-fat method, the latest reading (in the last 4 weeks) against the earliest one 8-12 weeks before
    /// it; the method showing the largest loss (measured against the 1 kg / 2 % thresholds) is kept.
    /// </summary>
    private static (double Kg, double Percent, int Days, BodyFatMethod Method)? FfmChange(Entries entries, DateOnly asOf)
    {
        (double Kg, double Percent, int Days, BodyFatMethod Method)? worst = null;
        var worstScore = double.NegativeInfinity;
        foreach (var method in Methods)
        {
            Measurement? latest = null;
            for (var i = entries.Count - 1; i >= 0 && latest is null; i--)
            {
                latest = entries.IsPlausible(i) && entries[i].BodyFatMethod == method && entries[i].BodyFatPercent is not null ? entries[i] : null;
            }

            if (latest is null || latest.Date <= asOf.AddDays(-FfmLatestMaxAgeDays))
            {
                continue;
            }

            Measurement? baseline = null;
            var from = latest.Date.AddDays(-FfmCompareMaxDays);
            var to = latest.Date.AddDays(-FfmCompareMinDays);
            for (var i = 0; i < entries.Count && baseline is null; i++)
            {
                var entry = entries[i];
                baseline = entries.IsPlausible(i) && entry.BodyFatMethod == method && entry.BodyFatPercent is not null && entry.Date >= from && entry.Date <= to
                    ? entry
                    : null;
            }

            if (baseline is null)
            {
                continue;
            }

            var before = BodyComposition.FatFreeMassKg(baseline.WeightKg, baseline.BodyFatPercent!.Value);
            var now = BodyComposition.FatFreeMassKg(latest.WeightKg, latest.BodyFatPercent!.Value);
            var kg = now - before;
            var percent = kg / before * 100;
            var score = Math.Max(-kg / FfmLossKg, -percent / FfmLossPercent);
            if (score > worstScore)
            {
                worstScore = score;
                worst = (kg, percent, latest.Date.DayNumber - baseline.Date.DayNumber, method);
            }
        }

        return worst;
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

    /// <summary>The in-window measurements in date order, each with whether it is still plausible (pooled arrays).</summary>
    private readonly struct Entries(IReadOnlyList<Measurement> measurements, int[] order, bool[] plausible, int count)
    {
        public int Count { get; } = count;

        public Measurement this[int i] => measurements[order[i]];

        public bool IsPlausible(int i) => plausible[i];

        public void SetAside(int i) => plausible[i] = false;

        public int PlausibleIndexBefore(int i)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (plausible[j])
                {
                    return j;
                }
            }

            return -1;
        }

        public Measurement? PlausibleBefore(int i) => PlausibleIndexBefore(i) is var j and >= 0 ? this[j] : null;

        public Measurement? PlausibleAfter(int i)
        {
            for (var j = i + 1; j < Count; j++)
            {
                if (plausible[j])
                {
                    return this[j];
                }
            }

            return null;
        }

        /// <summary>Marks every entry plausible before the checks run.</summary>
        public Entries Reset()
        {
            Array.Fill(plausible, true, 0, Count);
            return this;
        }
    }
}
