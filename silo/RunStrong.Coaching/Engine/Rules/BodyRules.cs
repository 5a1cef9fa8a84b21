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

    /// <summary>
    /// Names each lever as the rest of the report sees it: short (with its figures), not judged (nothing logged), or
    /// on track, never calling a lever on track that another rule in the same report says is short.
    /// </summary>
    public static void MuscleLossRisk(CoachingContext context, MuscleRetention retention, List<Recommendation> output)
    {
        if (retention.LossSeverity is not { } severity)
        {
            return;
        }

        var trend = context.Trend;
        var n = context.Nutrition;
        var message = new StringBuilder();
        if (retention.LeanMassLoss)
        {
            message.Append(InvariantCulture,
                $"Your fat-free mass fell {-trend.FfmChangeKg!.Value:0.0} kg ({-trend.FfmChangePercent!.Value:0.0} %) over {trend.FfmChangeDays} days of body-fat readings by the same method ({RunWords.Method(trend.FfmChangeMethod!.Value)}).");
        }
        else
        {
            message.Append(InvariantCulture,
                $"Your body mass is falling {-trend.MassChangePercentPerWeek!.Value:0.0} % a week while energy availability is low ({n.EnergyAvailability:0} kcal/kg fat-free mass).");
        }

        var failing = new Words();
        var unknown = new Words();
        var fine = new Words();
        Sort(retention.Levers.Contains(RetentionLever.Protein)
            ? context.ProteinLow
                ? string.Create(InvariantCulture, $"protein {n.ProteinGPerKg:0.0} g/kg a day (target {ProteinTargetGPerKg})")
                : string.Create(InvariantCulture, $"protein {n.ProteinG:0} g a day (target {context.DeficitProteinG:0} g to protect muscle)")
            : null, RetentionLever.Protein, "protein");
        Sort(retention.Levers.Contains(RetentionLever.LegStrength)
            ? context.LegStrengthLow
                ? string.Create(InvariantCulture, $"leg strength {context.Training.LegSessions} of {context.LegDose} sessions a week")
                : string.Create(InvariantCulture, $"leg strength (some leg muscles under {MinSetsPerLegGroup} hard sets a week)")
            : null, RetentionLever.LegStrength, "leg strength");
        if (context.EnergyAvailabilityLow || context.EnergyAvailabilitySubOptimal)
        {
            // Low energy already opens the message when it is the loss signal; sub-optimal is short of the 45 target too.
            if (retention.LeanMassLoss || context.EnergyAvailabilitySubOptimal)
            {
                failing.Add(string.Create(InvariantCulture, $"energy availability {n.EnergyAvailability:0} kcal/kg fat-free mass (target {OptimalEnergyAvailability})"));
            }
        }
        else
        {
            Sort(null, RetentionLever.EnergyAvailability, "energy");
        }

        if (failing.Count > 0)
        {
            message.Append(InvariantCulture, $" Short: {failing}. Raise protein, keep {LegSessionsPerWeek} leg sessions a week and eat enough, carbohydrate first.");
        }

        if (unknown.Count > 0)
        {
            message.Append(InvariantCulture, $" Not enough logged to judge {unknown}: log food on at least {MinLoggedNutritionDays} days a week and every strength session.");
        }

        if (fine.Count > 0)
        {
            message.Append(InvariantCulture, $" {Capitalised(fine.ToString())} {(fine.Count == 1 ? "looks" : "look")} on track: keep {(fine.Count == 1 ? "it" : "them")} there and recheck in 2-4 weeks.");
        }

        var (actual, unit) = retention.LeanMassLoss ? (trend.FfmChangeKg, "kg") : (trend.MassChangePercentPerWeek, "%/week");
        output.Add(RuleCatalogue.MuscleLossRisk.Fire(severity, message.ToString(), Figures.Round(actual!.Value, 2), null, unit));

        // A lever is short (with its figures), not judged (nothing logged), or on track.
        void Sort(string? shortOf, RetentionLever lever, string name)
        {
            if (shortOf is not null)
            {
                failing.Add(shortOf);
            }
            else
            {
                (retention.Unknown.Contains(lever) ? unknown : fine).Add(name);
            }
        }
    }

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    public static void MeasurementImplausible(CoachingContext context, List<Recommendation> output)
    {
        if (context.Measurements.Implausible is not { } entries)
        {
            return;
        }

        var limit = BodyComposition.ImplausibleNormalizedFfmi(context.Profile.Sex);
        foreach (var entry in entries)
        {
            var message = (entry.Measurement, entry.Reason) switch
            {
                (null, _) => string.Create(InvariantCulture,
                    $"Your profile's body fat of {context.Profile.BodyFatPercent:0.0} % gives a normalised FFMI of {entry.Value:0.0}, above the {limit} that drug-free athletes reach. Check it; until then body fat is estimated from your BMI, age and sex ({context.Body.BodyFatPercent:0} %)."),
                ({ } m, ImplausibleReason.NormalizedFfmi) => string.Create(InvariantCulture,
                    $"The measurement of {m.Date:yyyy-MM-dd} ({m.WeightKg:0.0} kg, {m.BodyFatPercent:0.0} % body fat) gives a normalised FFMI of {entry.Value:0.0}, above the {limit} that drug-free athletes reach. Check it; it is left out of your figures."),
                ({ } m, _) => string.Create(InvariantCulture,
                    $"The measurement of {m.Date:yyyy-MM-dd} ({m.WeightKg:0.0} kg) is {entry.Value:+0.0;-0.0} % from a weigh-in a day or less away, and the weigh-ins around it agree with that one; body mass cannot change that fast. Check it; it is left out of your figures."),
            };
            var isFfmi = entry.Reason == ImplausibleReason.NormalizedFfmi;
            output.Add(RuleCatalogue.MeasurementImplausible.Fire(Severity.Advice, message, Figures.Round(entry.Value, 1),
                isFfmi ? limit : ImplausibleDailyMassChangePercent, isFfmi ? "kg/m2" : "%"));
        }
    }
}
