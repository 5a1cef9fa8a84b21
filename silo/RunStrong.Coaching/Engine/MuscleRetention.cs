using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine;

/// <summary>
/// The muscle-retention verdict. What is observed ranks first: a lean-mass loss (FFM down >= 1 kg or 2 % over
/// 8-12 weeks, one body-fat method) or rapid mass loss with low energy availability is a high risk, at least as
/// high as any pair of failing habits, and fires MUSCLE_LOSS_RISK with a severity that rises with the other failing
/// levers (none advice, one warning, two or more alert). Without such a loss the risk counts the failing levers:
/// none low, one moderate, two or more high. A failing lever never lowers the risk. A lever with nothing logged
/// (protein and energy without 4 logged food days, leg strength without any strength session) is unknown: neither
/// failing nor fine, and listed in <see cref="Unknown"/>.
/// </summary>
internal sealed record MuscleRetention(
    MuscleRetentionRisk Risk, IReadOnlyList<RetentionLever> Levers, IReadOnlyList<RetentionLever> Unknown, Severity? LossSeverity, bool LeanMassLoss)
{
    public static MuscleRetention Assess(CoachingContext context)
    {
        var trend = context.Trend;
        var leanMassLoss = trend.FfmChangeKg <= -FfmLossKg || trend.FfmChangePercent <= -FfmLossPercent;
        var nutritionKnown = context.Nutrition.IsSufficient;
        var protein = nutritionKnown && (context.ProteinLow || context.ProteinShortInDeficit);
        var legs = context.StrengthLogged && (context.LegStrengthLow || context.LegGroupGap);
        var energy = context.EnergyAvailabilityLow;

        var levers = new List<RetentionLever>(5);
        Add(levers, leanMassLoss, RetentionLever.LeanMassLoss);
        Add(levers, context.RapidLoss, RetentionLever.RapidWeightLoss);
        Add(levers, energy, RetentionLever.EnergyAvailability);
        Add(levers, protein, RetentionLever.Protein);
        Add(levers, legs, RetentionLever.LegStrength);

        var unknown = new List<RetentionLever>(3);
        Add(unknown, !nutritionKnown, RetentionLever.EnergyAvailability);
        Add(unknown, !nutritionKnown, RetentionLever.Protein);
        Add(unknown, !context.StrengthLogged, RetentionLever.LegStrength);

        var (risk, severity) = Classify(leanMassLoss, context.RapidLoss, energy, protein, legs);
        return new MuscleRetention(risk, levers, unknown, severity, leanMassLoss);
    }

    /// <summary>
    /// The risk and MUSCLE_LOSS_RISK's severity (null: it does not fire) from the observed losses and failing levers.
    /// Energy availability counts among the "other" levers only when it is not itself part of the loss signal.
    /// </summary>
    public static (MuscleRetentionRisk Risk, Severity? LossSeverity) Classify(bool leanMassLoss, bool rapidLoss, bool energyLow, bool proteinShort, bool legsShort)
    {
        if (leanMassLoss || (rapidLoss && energyLow))
        {
            var others = (proteinShort ? 1 : 0) + (legsShort ? 1 : 0) + (energyLow && leanMassLoss ? 1 : 0);
            return (MuscleRetentionRisk.High, others switch { 0 => Severity.Advice, 1 => Severity.Warning, _ => Severity.Alert });
        }

        var failing = (rapidLoss ? 1 : 0) + (energyLow ? 1 : 0) + (proteinShort ? 1 : 0) + (legsShort ? 1 : 0);
        return (failing switch { 0 => MuscleRetentionRisk.Low, 1 => MuscleRetentionRisk.Moderate, _ => MuscleRetentionRisk.High }, null);
    }

    private static void Add(List<RetentionLever> levers, bool applies, RetentionLever lever)
    {
        if (applies)
        {
            levers.Add(lever);
        }
    }
}
