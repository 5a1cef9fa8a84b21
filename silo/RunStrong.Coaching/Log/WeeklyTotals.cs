using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Log;

/// <summary>One ISO week (Monday to Sunday, local days) of an athlete's training and eating, kept once the detail has aged out.</summary>
/// <param name="LongRuns">Runs logged as long; 0 in weeks folded before it was counted (state written earlier has no such field).</param>
public sealed record WeeklyTotals(
    DateOnly WeekOf,
    int Runs,
    double DistanceKm,
    double RunMinutes,
    int HardRuns,
    int StrengthSessions,
    int LegSessions,
    int NutritionDays,
    double ProteinG,
    double CarbsG,
    double CaloriesKcal,
    double? LastWeightKg,
    int LongRuns = 0)
{
    public static DateOnly WeekStarting(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static WeeklyTotals Empty(DateOnly weekOf) => new(weekOf, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    public WeeklyTotals With(Run run) => this with
    {
        Runs = Runs + 1,
        DistanceKm = DistanceKm + run.DistanceKm,
        RunMinutes = RunMinutes + run.DurationMin,
        HardRuns = HardRuns + (run.Kind.IsHard() ? 1 : 0),
        LongRuns = LongRuns + (run.Kind == RunKind.Long ? 1 : 0),
    };

    public WeeklyTotals With(StrengthSession session) => this with
    {
        StrengthSessions = StrengthSessions + 1,
        LegSessions = LegSessions + (session.LoadsLegs ? 1 : 0),
    };

    public WeeklyTotals With(NutritionDay day) => this with
    {
        NutritionDays = NutritionDays + 1,
        ProteinG = ProteinG + day.ProteinG,
        CarbsG = CarbsG + day.CarbsG,
        CaloriesKcal = CaloriesKcal + day.CaloriesKcal,
    };

    /// <summary>Measurements fold in date order, so the last one folded is the week's last weigh-in.</summary>
    public WeeklyTotals With(Measurement measurement) => this with { LastWeightKg = measurement.WeightKg };
}
