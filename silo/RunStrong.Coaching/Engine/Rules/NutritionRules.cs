using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Engine.Training;
using static System.Globalization.CultureInfo;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Rules;

/// <summary>
/// LOGGING_INSUFFICIENT to ENERGY_AVAILABILITY_LOW. The rules that read the food log pause (and only
/// LOGGING_INSUFFICIENT fires) until 4 of the last 7 days are logged; session fuelling advice does not need the log.
/// </summary>
internal static class NutritionRules
{
    public static void Evaluate(CoachingContext context, WeekPlan plan, List<Recommendation> output)
    {
        var nutrition = context.Nutrition;
        if (!nutrition.IsSufficient)
        {
            output.Add(RuleCatalogue.LoggingInsufficient.Fire(Severity.Advice, string.Create(InvariantCulture,
                $"You logged food on {nutrition.LoggedDays} of the last 7 days. Log calories, protein and carbohydrate on at least {MinLoggedNutritionDays} days so that protein, carbohydrate and energy advice can resume."),
                nutrition.LoggedDays, MinLoggedNutritionDays, "days"));
        }
        else
        {
            ProteinDailyLow(context, output);
            ProteinDistribution(context, output);
        }

        ProteinInDeficit(context, output);
        RecoveryFuel(context, output);
        if (nutrition.IsSufficient)
        {
            CarbsLowForLoad(context, output);
        }

        FuelDuringLongRuns(context, plan, output);
        if (nutrition.IsSufficient)
        {
            EnergyAvailability(context, output);
        }
    }

    private static void ProteinDailyLow(CoachingContext context, List<Recommendation> output)
    {
        var n = context.Nutrition;
        var mass = context.Body.BodyMassKg;
        if (n.ProteinGPerKg is not { } perKg || perKg >= ProteinTargetGPerKg)
        {
            return;
        }

        var target = Figures.Round(ProteinTargetGPerKg * mass);
        output.Add(RuleCatalogue.ProteinDailyLow.Fire(
            perKg < ProteinWarningGPerKg ? Severity.Warning : Severity.Advice,
            string.Create(InvariantCulture,
                $"Your protein averaged {n.ProteinG:0} g a day ({perKg:0.00} g/kg) over {n.LoggedDays} logged days. Aim for about {target:0} g a day ({ProteinTargetGPerKg} g/kg; range {ProteinRangeLowGPerKg * mass:0}-{ProteinRangeHighGPerKg * mass:0} g)."),
            Figures.Round(n.ProteinG!.Value), target, "g/day"));
    }

    private static void ProteinDistribution(CoachingContext context, List<Recommendation> output)
    {
        var n = context.Nutrition;
        if (n.MealLoggedDays < MinMealLoggedDays || n.DaysShortOfProteinMeals * 2 <= n.MealLoggedDays)
        {
            return;
        }

        var mass = context.Body.BodyMassKg;
        output.Add(RuleCatalogue.ProteinDistribution.Fire(Severity.Info, string.Create(InvariantCulture,
            $"On {n.DaysShortOfProteinMeals} of {n.MealLoggedDays} days with meals logged, fewer than {ProteinMealsPerDay} meals had {ProteinMealMinGPerKg * mass:0} g protein or more ({ProteinMealMinGPerKg} g/kg). Aim for about {ProteinMealTargetGPerKg * mass:0} g ({ProteinMealTargetGPerKg} g/kg) in each of {ProteinMealsPerDay} or more meals, 3-5 h apart."),
            Figures.Round(n.ProteinMealsPerDay!.Value, 1), ProteinMealsPerDay, "meals/day"));
    }

    /// <summary>Worded as protecting muscle, never as losing weight: while energy availability is low nothing may encourage a deficit.</summary>
    private static void ProteinInDeficit(CoachingContext context, List<Recommendation> output)
    {
        if (!context.InDeficit)
        {
            return;
        }

        var ffm = context.Body.FfmKg;
        var low = context.DeficitProteinG;
        var eaten = context.Nutrition.IsSufficient ? context.Nutrition.ProteinG : null;
        var intake = eaten is { } grams ? string.Create(InvariantCulture, $" You average {grams:0} g.") : string.Empty;
        var keep = context.EnergyAvailabilityLow ? "keep strength training, and eat more overall (see energy availability)" : "keep strength training";
        output.Add(RuleCatalogue.ProteinInDeficit.Fire(context.ProteinShortInDeficit || eaten is null ? Severity.Advice : Severity.Info, string.Create(InvariantCulture,
            $"Your body mass is falling {-context.Trend.MassChangePercentPerWeek!.Value:0.0} % a week over {context.Trend.MassTrendDays} days of weigh-ins. To protect your muscle, eat {low:0}-{DeficitProteinHighGPerKgFfm * ffm:0} g protein a day ({DeficitProteinLowGPerKgFfm}-{DeficitProteinHighGPerKgFfm} g/kg fat-free mass) and {keep}.{intake}"),
            eaten is { } actual ? Figures.Round(actual) : null, low, "g/day"));
    }

    private static void RecoveryFuel(CoachingContext context, List<Recommendation> output)
    {
        if (context.Days.RecoveryRun is not { } run)
        {
            return;
        }

        var mass = context.Body.BodyMassKg;
        var protein = Figures.Round(RecoveryProteinGPerKg * mass);
        output.Add(RuleCatalogue.RecoveryFuel.Fire(Severity.Info, string.Create(InvariantCulture,
            $"After your {RunWords.Kind(run.Kind)} run of {run.DurationMin:0} min on {context.Calendar.DayOf(run.StartedAt):yyyy-MM-dd}: within 2 h of such sessions take about {protein:0} g protein ({RecoveryProteinGPerKg} g/kg) with about {RecoveryCarbsGPerKg * mass:0} g carbohydrate ({RecoveryCarbsGPerKg} g/kg)."),
            null, protein, "g protein"));
    }

    private static void CarbsLowForLoad(CoachingContext context, List<Recommendation> output)
    {
        var n = context.Nutrition;
        var training = context.Training;
        var (low, high) = CarbohydrateBands.GramsPerKg(training.CarbBand);
        if (n.CarbsGPerKg is not { } perKg || perKg >= low)
        {
            return;
        }

        var mass = context.Body.BodyMassKg;
        output.Add(RuleCatalogue.CarbsLowForLoad.Fire(Severity.Advice, string.Create(InvariantCulture,
            $"Your carbohydrate averaged {n.CarbsG:0} g a day ({perKg:0.0} g/kg) while you trained {training.MeanDailyTrainingHours:0.0} h a day on average. That training needs {low}-{high} g/kg, {low * mass:0}-{high * mass:0} g a day: more on long and hard days, less on rest days (see the plan's daily targets)."),
            Figures.Round(n.CarbsG!.Value), Figures.Round(low * mass), "g/day"));
    }

    private static void FuelDuringLongRuns(CoachingContext context, WeekPlan plan, List<Recommendation> output)
    {
        PlannedSession? planned = null;
        var plannedOn = default(DateOnly);
        foreach (var day in plan.Days)
        {
            foreach (var session in day.Sessions)
            {
                if (session.IsRun && session.DurationMin > (planned?.DurationMin ?? FuelDuringRunMin))
                {
                    (planned, plannedOn) = (session, day.Date);
                }
            }
        }

        var logged = context.Days.LongestRun7;
        string message;
        double minutes;
        if (planned is not null)
        {
            minutes = planned.DurationMin;
            message = string.Create(InvariantCulture, $"Your long run on {plannedOn:yyyy-MM-dd} is planned at {minutes:0} min: take {FuelDuringLowGPerHour}-{FuelDuringHighGPerHour} g carbohydrate per hour after the first hour{MoreBeyond(minutes)}.");
        }
        else if (logged is not null && logged.DurationMin > FuelDuringRunMin)
        {
            minutes = logged.DurationMin;
            message = string.Create(InvariantCulture, $"Your {minutes:0}-min run on {context.Calendar.DayOf(logged.StartedAt):yyyy-MM-dd} was longer than {FuelDuringRunMin} min: on runs like it take {FuelDuringLowGPerHour}-{FuelDuringHighGPerHour} g carbohydrate per hour after the first hour{MoreBeyond(minutes)}.");
        }
        else
        {
            return;
        }

        output.Add(RuleCatalogue.FuelDuringLongRuns.Fire(Severity.Info, message, null,
            minutes > FuelDuringHighRunMin ? FuelDuringMaxGPerHour : FuelDuringHighGPerHour, "g/h"));
    }

    private static string MoreBeyond(double minutes) =>
        minutes > FuelDuringHighRunMin ? ", up to 90 g per hour beyond 2.5 h" : string.Empty;

    private static void EnergyAvailability(CoachingContext context, List<Recommendation> output)
    {
        var n = context.Nutrition;
        if (n.EnergyAvailability is not { } ea || ea >= OptimalEnergyAvailability)
        {
            return;
        }

        var body = context.Body;
        var more = (OptimalEnergyAvailability - ea) * body.FfmKg;
        var assumed = body.BodyFatAssumed ? string.Create(InvariantCulture, $", with body fat estimated at {body.BodyFatPercent:0} % from your BMI, age and sex") : string.Empty;
        var figures = string.Create(InvariantCulture,
            $"Your energy availability averaged {ea:0} kcal per kg fat-free mass a day over {n.LoggedDays} logged days (food minus exercise energy, per {body.FfmKg:0.0} kg fat-free mass{assumed}).");
        if (ea >= LowEnergyAvailability)
        {
            output.Add(RuleCatalogue.EnergyAvailabilityLow.Fire(Severity.Info, string.Create(InvariantCulture,
                $"{figures} That is sub-optimal (30-45): about {more:0} kcal a day more, mostly carbohydrate, would bring it to {OptimalEnergyAvailability}."),
                Figures.Round(ea, 1), OptimalEnergyAvailability, "kcal/kg FFM/day"));
            return;
        }

        // The thresholds are the same for every sex (so other/unspecified needs no midpoint); only their certainty differs.
        var men = context.Profile.Sex != Athletes.Sex.Female
            ? " The 30 threshold comes mostly from studies in women and is less certain in men."
            : string.Empty;
        output.Add(RuleCatalogue.EnergyAvailabilityLow.Fire(Severity.Warning, string.Create(InvariantCulture,
            $"{figures} Below {LowEnergyAvailability} the body saves energy at the cost of muscle, bone and hormones. Eat about {more:0} kcal a day more, carbohydrate first, and hold off any diet and any added intensity until it is back above {LowEnergyAvailability}.{men}"),
            Figures.Round(ea, 1), OptimalEnergyAvailability, "kcal/kg FFM/day"));
    }
}
