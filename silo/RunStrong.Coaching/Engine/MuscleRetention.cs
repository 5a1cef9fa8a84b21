using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine;

/// <summary>
/// The muscle-retention verdict. MUSCLE_LOSS_RISK fires on a loss signal (FFM down >= 1 kg or 2 % over 8-12
/// weeks, or body mass falling > 1 %/week with low energy availability); its severity rises with the other
/// failing levers: none advice, one warning, two or more alert. Without a loss signal the risk counts the
/// failing levers: none low, one moderate, two or more high.
/// </summary>
internal sealed record MuscleRetention(MuscleRetentionRisk Risk, IReadOnlyList<RetentionLever> Levers, Severity? LossSeverity, bool LeanMassLoss, int OtherLeversFailing)
{
    public static MuscleRetention Assess(CoachingContext context)
    {
        var trend = context.Trend;
        var leanMassLoss = trend.FfmChangeKg <= -FfmLossKg || trend.FfmChangePercent <= -FfmLossPercent;
        var rapidWithLowEnergy = context.RapidLoss && context.EnergyAvailabilityLow;
        var levers = new List<RetentionLever>(5);
        Add(levers, leanMassLoss, RetentionLever.LeanMassLoss);
        Add(levers, context.RapidLoss, RetentionLever.RapidWeightLoss);
        Add(levers, context.EnergyAvailabilityLow, RetentionLever.EnergyAvailability);
        Add(levers, context.ProteinLow, RetentionLever.Protein);
        Add(levers, context.LegStrengthLow, RetentionLever.LegStrength);

        // Energy availability is "another" lever only when it is not itself part of the loss signal.
        var energyIsOther = context.EnergyAvailabilityLow && leanMassLoss;
        var others = (context.ProteinLow ? 1 : 0) + (context.LegStrengthLow ? 1 : 0) + (energyIsOther ? 1 : 0);
        if (leanMassLoss || rapidWithLowEnergy)
        {
            var severity = others switch { 0 => Severity.Advice, 1 => Severity.Warning, _ => Severity.Alert };
            return new MuscleRetention(
                severity >= Severity.Warning ? MuscleRetentionRisk.High : MuscleRetentionRisk.Moderate, levers, severity, leanMassLoss, others);
        }

        var risk = levers.Count switch { 0 => MuscleRetentionRisk.Low, 1 => MuscleRetentionRisk.Moderate, _ => MuscleRetentionRisk.High };
        return new MuscleRetention(risk, levers, null, false, others);
    }

    private static void Add(List<RetentionLever> levers, bool failing, RetentionLever lever)
    {
        if (failing)
        {
            levers.Add(lever);
        }
    }
}
