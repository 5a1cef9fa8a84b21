using System.Text;
using RunStrong.Coaching.Athletes;
using static System.Globalization.CultureInfo;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Rules;

/// <summary>STRENGTH_LOWER_BODY_LOW, STRENGTH_MUSCLE_GROUP_GAP, STRENGTH_MAINTENANCE_DOSE and STRENGTH_AFTER_HARD_RUN.</summary>
internal static class StrengthRules
{
    private static readonly MuscleGroup[] LegGroups = [MuscleGroup.Calves, MuscleGroup.Quads, MuscleGroup.Hamstrings, MuscleGroup.Glutes];

    public static void Evaluate(CoachingContext context, List<Recommendation> output)
    {
        var building = context.Profile.Phase is TrainingPhase.Base or TrainingPhase.Build;
        var sessions = context.Training.LegSessions;
        if (building && sessions < LegSessionsPerWeek)
        {
            output.Add(RuleCatalogue.StrengthLowerBodyLow.Fire(Severity.Advice, string.Create(InvariantCulture,
                $"You did {sessions} strength session{RunWords.Plural(sessions)} loading the legs in the last 7 days. Aim for {LegSessionsPerWeek} a week that load calves, quads, hamstrings and glutes."),
                sessions, LegSessionsPerWeek, "sessions/week"));
        }

        if (building)
        {
            MuscleGroupGap(context, output);
        }

        MaintenanceDose(context, output);
        if (context.Training.HoursFromHardRunToLegSession is { } hours && hours < MinHoursHardRunToStrength)
        {
            output.Add(RuleCatalogue.StrengthAfterHardRun.Fire(Severity.Advice, string.Create(InvariantCulture,
                $"A leg session started {hours:0.0} h after a hard run in the last 7 days. Lift first, or leave at least {MinHoursHardRunToStrength} h (ideally {IdealHoursHardRunToStrength} h) between a hard run and lifting."),
                Figures.Round(hours, 1), MinHoursHardRunToStrength, "h"));
        }
    }

    /// <summary>Fires when some leg group is trained (>= 4 sets) and another is not; no leg work at all is STRENGTH_LOWER_BODY_LOW's.</summary>
    private static void MuscleGroupGap(CoachingContext context, List<Recommendation> output)
    {
        var sets = context.Training.Sets;
        if (!sets.HasLegGroupGap)
        {
            return;
        }

        var fewest = int.MaxValue;
        foreach (var group in LegGroups)
        {
            fewest = Math.Min(fewest, sets[group]);
        }

        var gaps = new StringBuilder();
        foreach (var group in LegGroups)
        {
            if (sets[group] < MinSetsPerLegGroup)
            {
                gaps.Append(gaps.Length == 0 ? string.Empty : ", ")
                    .Append(InvariantCulture, $"{RunWords.Group(group)} {sets[group]} set{RunWords.Plural(sets[group])}");
            }
        }

        output.Add(RuleCatalogue.StrengthMuscleGroupGap.Fire(Severity.Advice, string.Create(InvariantCulture,
            $"In the last 7 days some leg muscles got fewer than {MinSetsPerLegGroup} hard sets: {gaps}. Build toward {MinSetsPerLegGroup}-{TargetMaxSetsPerLegGroup} sets a week for each of calves, quads, hamstrings and glutes."),
            fewest, MinSetsPerLegGroup, "sets/week"));
    }

    private static void MaintenanceDose(CoachingContext context, List<Recommendation> output)
    {
        var phase = context.Profile.Phase;
        var peaking = phase is TrainingPhase.Peak or TrainingPhase.Taper;
        if (!peaking && !context.Training.RunVolumeAtFourWeekHigh)
        {
            return;
        }

        var older = context.Age >= OlderAthleteAge;
        var dose = older ? OlderMaintenanceLegSessions : MaintenanceLegSessions;
        var done = context.Training.LegSessions;
        var why = peaking
            ? string.Create(InvariantCulture, $"In the {RunWords.Phase(phase)} phase")
            : string.Create(InvariantCulture, $"With {context.Training.RunKm:0} km this week, your highest in 4 weeks,");
        var age = older ? string.Create(InvariantCulture, $" (at {context.Age}, keep {OlderMaintenanceLegSessions})") : string.Empty;
        output.Add(RuleCatalogue.StrengthMaintenanceDose.Fire(done >= dose ? Severity.Info : Severity.Advice, string.Create(InvariantCulture,
            $"{why} keep at least {dose} heavy leg session{RunWords.Plural(dose)} a week{age}, about a third of your build volume; you did {done} in the last 7 days."),
            done, dose, "sessions/week"));
    }
}
