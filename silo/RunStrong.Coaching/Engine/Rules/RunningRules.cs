using System.Text;
using RunStrong.Coaching.Engine.Training;
using static System.Globalization.CultureInfo;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Rules;

/// <summary>HIIT_SUGGESTED to NOVICE_START: intensity, volume and load.</summary>
internal static class RunningRules
{
    public static void Evaluate(CoachingContext context, List<Recommendation> output)
    {
        var training = context.Training;
        if (context.IntervalReady && training.HardRunsLast14Days == 0 && context.Days.Runs14 >= HiitSuggestMinRuns)
        {
            output.Add(RuleCatalogue.HiitSuggested.Fire(Severity.Info, string.Create(InvariantCulture,
                $"No tempo or interval run in the last {HiitSuggestAfterDays} days ({context.Days.Runs14} runs, all easy or long). One interval session a week helps keep muscle and speed: warm up, hard repeats (for example 5-6 x 3 min), easy jogging between, cool down."),
                0, 1, "sessions/week"));
        }

        HiitNotReady(context, output);
        if (training.HardRuns > MaxHardSessionsPerWeek)
        {
            output.Add(RuleCatalogue.HiitTooFrequent.Fire(Severity.Advice, string.Create(InvariantCulture,
                $"{training.HardRuns} hard sessions (tempo or interval) in the last 7 days. Keep to at most {MaxHardSessionsPerWeek} a week, with easy days between."),
                training.HardRuns, MaxHardSessionsPerWeek, "sessions/week"));
        }

        var runs = training.RunsLast28Days;
        var hardShare = runs == 0 ? 0 : (double)training.HardRunsLast28Days / runs;
        if (runs >= IntensityMinSessions && hardShare > MaxHardShare)
        {
            output.Add(RuleCatalogue.IntensityDistribution.Fire(Severity.Info, string.Create(InvariantCulture,
                $"{training.HardRunsLast28Days} of your {runs} runs in the last 28 days were hard ({hardShare * 100:0} %). Move toward about {100 - (TargetHardShare * 100):0} % easy and {TargetHardShare * 100:0} % hard; the evidence for this split in recreational runners is mixed."),
                Figures.Round(hardShare * 100), TargetHardShare * 100, "%"));
        }

        var prior = training.PriorTwoWeeksMeanKm;
        if (prior > 0 && training.RunKm > LoadSpikeRatio * prior)
        {
            var ratio = training.RunKm / prior;
            output.Add(RuleCatalogue.LoadSpike.Fire(Severity.Info, string.Create(InvariantCulture,
                $"You ran {training.RunKm:0.0} km in the last 7 days, {ratio:0.00} times your weekly mean of {prior:0.0} km over the 2 weeks before. Fast increases are linked to overuse injury; this is information only (the 10 % rule is not enforced)."),
                Figures.Round(ratio, 2), LoadSpikeRatio, "ratio"));
        }

        if (training.Load.AcuteChronicRatio is { } acwr && acwr >= AcuteChronicHighRatio)
        {
            output.Add(RuleCatalogue.AcuteChronicHigh.Fire(Severity.Info, string.Create(InvariantCulture,
                $"Your 7-day training load is {acwr:0.00} times your 28-day load (exponentially weighted RPE x minutes). Shown for information only: this ratio's link to injury is disputed."),
                Figures.Round(acwr, 2), AcuteChronicHighRatio, "ratio"));
        }

        NoviceStart(context, output);
    }

    private static void HiitNotReady(CoachingContext context, List<Recommendation> output)
    {
        var intervals = context.Days.Intervals7;
        if (intervals == 0 || context.IntervalReady)
        {
            return;
        }

        var profile = context.Profile;
        var reasons = new StringBuilder();
        if (context.Inexperienced)
        {
            reasons.Append(InvariantCulture, $"you have been running for {profile.RunningExperienceMonths} months (under {IntervalReadyExperienceMonths})");
        }

        if (profile.InjuredRecently)
        {
            reasons.Append(reasons.Length == 0 ? string.Empty : "; ").Append("you flagged an injury in the last 8 weeks");
        }

        if (context.EnergyAvailabilityLow)
        {
            reasons.Append(reasons.Length == 0 ? string.Empty : "; ").Append("your energy availability is low");
        }

        output.Add(RuleCatalogue.HiitNotReady.Fire(profile.InjuredRecently ? Severity.Warning : Severity.Advice, string.Create(InvariantCulture,
            $"You logged {intervals} interval session{RunWords.Plural(intervals)} in the last 7 days, but {reasons}. For now use strides, hill sprints or tempo runs instead of full intervals."),
            intervals, 0, "sessions/week"));
    }

    /// <summary>Fires while the first week of running is under way or just ended (first run in the last 14 days).</summary>
    private static void NoviceStart(CoachingContext context, List<Recommendation> output)
    {
        if (!(context.Profile.RunningExperienceMonths < NoviceExperienceMonths) || context.Body.Bmi <= NoviceBmi
            || context.Days.FirstRunDay is not { } first)
        {
            return;
        }

        var firstIndex = context.AsOf.DayNumber - first.DayNumber;
        if (firstIndex >= 2 * WeekDays)
        {
            return;
        }

        var km = TrainingDays.Sum(context.Days.RunKm, firstIndex - (WeekDays - 1), firstIndex);
        if (km <= NoviceFirstWeekKm)
        {
            return;
        }

        output.Add(RuleCatalogue.NoviceStart.Fire(Severity.Advice, string.Create(InvariantCulture,
            $"You ran {km:0.0} km in your first week of running. With a BMI of {context.Body.Bmi:0.0}, keep week one to at most {NoviceFirstWeekKm} km and build slowly."),
            Figures.Round(km, 1), NoviceFirstWeekKm, "km"));
    }
}
