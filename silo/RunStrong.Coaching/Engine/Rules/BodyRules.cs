using System.Text;
using RunStrong.Coaching.Engine.Body;
using static System.Globalization.CultureInfo;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Rules;

/// <summary>REFER_DIETITIAN, MUSCLE_LOSS_RISK and MEASUREMENT_IMPLAUSIBLE.</summary>
internal static class BodyRules
{
    public static void ReferDietitian(CoachingContext context, MuscleRetention retention, List<Recommendation> output)
    {
        var reasons = new StringBuilder();
        if (context.EnergyAvailabilityLow)
        {
            reasons.Append(InvariantCulture, $"your energy availability is {context.Nutrition.EnergyAvailability:0} kcal/kg fat-free mass a day (below {LowEnergyAvailability})");
        }

        if (retention.LossSeverity >= Severity.Warning)
        {
            reasons.Append(reasons.Length == 0 ? string.Empty : "; ").Append("there are signs of muscle loss while other levers are failing");
        }

        if (context.RapidLoss)
        {
            reasons.Append(reasons.Length == 0 ? string.Empty : "; ")
                .Append(InvariantCulture, $"your body mass is falling {-context.Trend.MassChangePercentPerWeek!.Value:0.0} % a week (more than {RapidMassLossPercentPerWeek} %)");
        }

        if (reasons.Length == 0)
        {
            return;
        }

        output.Add(RuleCatalogue.ReferDietitian.Fire(Severity.Warning, string.Create(InvariantCulture,
            $"Because {reasons}, see a registered dietitian or sports nutritionist for a personal plan.")));
    }

    public static void MuscleLossRisk(CoachingContext context, MuscleRetention retention, List<Recommendation> output)
    {
        if (retention.LossSeverity is not { } severity)
        {
            return;
        }

        var trend = context.Trend;
        var message = new StringBuilder();
        if (retention.LeanMassLoss)
        {
            message.Append(InvariantCulture,
                $"Your fat-free mass fell {-trend.FfmChangeKg!.Value:0.0} kg ({-trend.FfmChangePercent!.Value:0.0} %) over {trend.FfmChangeDays} days of body-fat readings by the same method.");
        }
        else
        {
            message.Append(InvariantCulture,
                $"Your body mass is falling {-trend.MassChangePercentPerWeek!.Value:0.0} % a week while energy availability is low ({context.Nutrition.EnergyAvailability:0} kcal/kg fat-free mass).");
        }

        var levers = new StringBuilder();
        if (context.ProteinLow)
        {
            levers.Append(InvariantCulture, $"protein {context.Nutrition.ProteinGPerKg:0.0} g/kg (target {ProteinTargetGPerKg})");
        }

        if (context.LegStrengthLow)
        {
            levers.Append(levers.Length == 0 ? string.Empty : ", ")
                .Append(InvariantCulture, $"leg strength {context.Training.LegSessions} of {context.LegDose} sessions a week");
        }

        if (context.EnergyAvailabilityLow && retention.LeanMassLoss)
        {
            levers.Append(levers.Length == 0 ? string.Empty : ", ")
                .Append(InvariantCulture, $"energy availability {context.Nutrition.EnergyAvailability:0} kcal/kg fat-free mass (target {OptimalEnergyAvailability})");
        }

        message.Append(levers.Length == 0
            ? " Protein, leg strength and energy look on track: keep them there and recheck in 2-4 weeks."
            : string.Create(InvariantCulture, $" Failing levers: {levers}. Raise protein, keep {LegSessionsPerWeek} leg sessions a week and eat enough energy."));
        var (actual, unit) = retention.LeanMassLoss ? (trend.FfmChangeKg, "kg") : (trend.MassChangePercentPerWeek, "%/week");
        output.Add(RuleCatalogue.MuscleLossRisk.Fire(severity, message.ToString(), Math.Round(actual!.Value, 2), null, unit));
    }

    public static void MeasurementImplausible(CoachingContext context, List<Recommendation> output)
    {
        if (context.Measurements.Implausible is not { } entries)
        {
            return;
        }

        var sex = context.Profile.Sex;
        var limit = sex == Athletes.Sex.Male ? ImplausibleNormalizedFfmiMen : ImplausibleNormalizedFfmiWomen;
        foreach (var entry in entries)
        {
            var message = (entry.Measurement, entry.Reason) switch
            {
                (null, _) => string.Create(InvariantCulture,
                    $"Your profile's body fat of {context.Profile.BodyFatPercent:0.0} % gives a normalised FFMI of {entry.Value:0.0}, above the {limit} that drug-free athletes reach. Check it; until then {BodyComposition.DefaultBodyFatPercent(sex)} % is assumed."),
                ({ } m, ImplausibleReason.NormalizedFfmi) => string.Create(InvariantCulture,
                    $"The measurement of {m.Date:yyyy-MM-dd} ({m.WeightKg:0.0} kg, {m.BodyFatPercent:0.0} % body fat) gives a normalised FFMI of {entry.Value:0.0}, above the {limit} that drug-free athletes reach. Check it; it is left out of your figures."),
                ({ } m, _) => string.Create(InvariantCulture,
                    $"The measurement of {m.Date:yyyy-MM-dd} ({m.WeightKg:0.0} kg) is {entry.Value:+0.0;-0.0} % from the one a day or less before; body mass cannot change that fast. Check it; it is left out of your figures."),
            };
            var isFfmi = entry.Reason == ImplausibleReason.NormalizedFfmi;
            output.Add(RuleCatalogue.MeasurementImplausible.Fire(Severity.Advice, message, Math.Round(entry.Value, 1),
                isFfmi ? limit : ImplausibleDailyMassChangePercent, isFfmi ? "kg/m2" : "%"));
        }
    }
}
