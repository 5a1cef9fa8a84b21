using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Log;

/// <summary>One ISO week (Monday to Sunday, local days) of an athlete's training and eating, kept once the detail has aged out.</summary>
/// <param name="LongRuns">Runs logged as long; 0 in weeks folded before it was counted (state written earlier has no such field).</param>
/// <param name="CrossTrainingSessions">
/// Sessions other than runs (cycling, swimming...); like the two figures after it, 0 in weeks folded before cross-training
/// was counted. Never part of <see cref="Runs"/>, <see cref="DistanceKm"/> or <see cref="RunMinutes"/>.
/// </param>
/// <param name="CrossTrainingMinutes">The cross-training sessions' moving time.</param>
/// <param name="CrossTrainingKcal">The cross-training sessions' energy, as their activity files gave it.</param>
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
    int LongRuns = 0,
    int CrossTrainingSessions = 0,
    double CrossTrainingMinutes = 0,
    double CrossTrainingKcal = 0)
{
    /// <summary>
    /// What is left of a sum after taking back out what was added is zero when it is within this: adding and subtracting
    /// doubles leaves residues near 1e-15 (10.1 + 20.2 - 20.2 - 10.1), and a millionth of a km, minute or kcal is far below
    /// anything shown (the API rounds km to 0.01, minutes to 0.1). An interpretation, not a measurement.
    /// </summary>
    internal const double Residue = 1e-6;

    public static DateOnly WeekStarting(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static WeeklyTotals Empty(DateOnly weekOf) => new(weekOf, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    /// <summary>Nothing left in the week: no entry of any kind counted and no weigh-in.</summary>
    internal bool IsEmpty => Runs == 0 && StrengthSessions == 0 && NutritionDays == 0 && CrossTrainingSessions == 0 && LastWeightKg is null;

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

    /// <summary>Cross-training counts in its own figures, never as a run or as km run.</summary>
    public WeeklyTotals With(CrossTrainingSession session) => this with
    {
        CrossTrainingSessions = CrossTrainingSessions + 1,
        CrossTrainingMinutes = CrossTrainingMinutes + session.DurationMin,
        CrossTrainingKcal = CrossTrainingKcal + session.EnergyKcal,
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

    /// <summary>
    /// The week without a run that <see cref="With(Run)"/> added: counts never below 0 (a week folded before long runs
    /// were counted has none to take back), sums never below 0 and residues within <see cref="Residue"/> read as 0.
    /// </summary>
    public WeeklyTotals Without(Run run) => this with
    {
        Runs = Less(Runs, 1),
        DistanceKm = Less(DistanceKm, run.DistanceKm),
        RunMinutes = Less(RunMinutes, run.DurationMin),
        HardRuns = Less(HardRuns, run.Kind.IsHard() ? 1 : 0),
        LongRuns = Less(LongRuns, run.Kind == RunKind.Long ? 1 : 0),
    };

    /// <summary>The week without a cross-training session that <see cref="With(CrossTrainingSession)"/> added, as <see cref="Without(Run)"/>.</summary>
    public WeeklyTotals Without(CrossTrainingSession session) => this with
    {
        CrossTrainingSessions = Less(CrossTrainingSessions, 1),
        CrossTrainingMinutes = Less(CrossTrainingMinutes, session.DurationMin),
        CrossTrainingKcal = Less(CrossTrainingKcal, session.EnergyKcal),
    };

    private static int Less(int total, int taken) => Math.Max(0, total - taken);

    private static double Less(double total, double taken)
    {
        var left = total - taken;
        return left < Residue ? 0 : left;
    }
}
