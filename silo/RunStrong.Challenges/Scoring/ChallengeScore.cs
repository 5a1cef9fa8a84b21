using System.Text.Json.Serialization;
using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// One athlete's score in one challenge, kept as the value of each counted day and challenge week. Only
/// days the log still holds in detail are ever recomputed, so a score survives its activities ageing out
/// of the detail window, and an edit or deletion corrects just the days it touched. Mutable and plain, so
/// the athlete grain can persist it as is; only non-zero days are stored.
/// </summary>
public sealed class ChallengeScore
{
    public List<DatedScore> Days { get; set; } = [];

    public List<DatedScore> Weeks { get; set; } = [];

    /// <summary>The weekly baseline rate (relative scoring only).</summary>
    public Score? BaselinePerWeek { get; set; }

    /// <summary>Once the challenge has begun the baseline is fixed: deleting old runs cannot inflate progress.</summary>
    public bool BaselineFrozen { get; set; }

    /// <summary>The metric's total, in its own unit.</summary>
    [JsonIgnore]
    public Score Absolute
    {
        get
        {
            var total = Score.Zero;
            foreach (var day in Days)
            {
                total += day.Score;
            }

            foreach (var week in Weeks)
            {
                total += week.Score;
            }

            return total;
        }
    }

    /// <summary>The score the leaderboard shows: the absolute total, or that total against the baseline.</summary>
    public Score Total(ChallengeRules rules) =>
        rules.Scoring == ScoringMode.Absolute
            ? Absolute
            : Baseline.Relative(Absolute, BaselinePerWeek ?? Baseline.FloorPerWeek(rules.Metric), rules);

    /// <summary>
    /// Recomputes every counted day and week on or after <paramref name="firstDetailedDay"/> from the log;
    /// earlier ones keep their stored values. True when anything stored changed.
    /// </summary>
    public bool Rescore(ChallengeRules rules, ActivityDays activity, DateOnly firstDetailedDay, DateOnly today)
    {
        var days = Days.Where(d => d.Date < firstDetailedDay).ToList();
        if (MetricValues.HasDays(rules.Metric))
        {
            var from = rules.StartsOn > firstDetailedDay ? rules.StartsOn : firstDetailedDay;
            for (var day = from; day <= rules.EndsOn; day = day.AddDays(1))
            {
                AddNonZero(days, day, MetricValues.OfDay(rules, activity.On(day)));
            }
        }

        var weeks = Weeks.Where(w => w.Date < firstDetailedDay).ToList();
        if (MetricValues.HasWeeks(rules.Metric))
        {
            foreach (var week in ChallengeWeeks.Of(rules).Where(w => w >= firstDetailedDay))
            {
                AddNonZero(weeks, week, MetricValues.OfWeek(rules, activity, week));
            }
        }

        var changed = !days.SequenceEqual(Days) || !weeks.SequenceEqual(Weeks);
        Days = days;
        Weeks = weeks;
        if (rules.Scoring == ScoringMode.RelativeToBaseline && !BaselineFrozen)
        {
            var baseline = Baseline.WeeklyRate(rules, activity);
            changed |= baseline != BaselinePerWeek;
            BaselinePerWeek = baseline;
            BaselineFrozen = today >= rules.StartsOn;
            changed |= BaselineFrozen;
        }

        return changed;
    }

    private static void AddNonZero(List<DatedScore> scores, DateOnly date, Score score)
    {
        if (score != Score.Zero)
        {
            scores.Add(new DatedScore(date, score));
        }
    }
}
