using RunStrong.Coaching.Log;

namespace RunStrong.Silo.Api.LogHistory;

/// <summary>
/// One week of <c>GET …/weeks</c>: the stored <see cref="WeeklyTotals"/>, rounded for reading, with nutrition as
/// means over the days that have a log (a day without one is unknown, not a day of fasting; null when none has).
/// </summary>
public sealed record WeekResponse(
    DateOnly WeekOf,
    int Runs,
    double DistanceKm,
    double RunMinutes,
    int HardRuns,
    int LongRuns,
    int StrengthSessions,
    int LegSessions,
    int NutritionDaysLogged,
    double? ProteinGPerDay,
    double? CarbsGPerDay,
    double? CaloriesKcalPerDay,
    double? LastWeightKg,
    int CrossTrainingSessions,
    double CrossTrainingMinutes,
    double CrossTrainingKcal)
{
    public static WeekResponse Of(WeeklyTotals week) =>
        new(
            week.WeekOf,
            week.Runs,
            Math.Round(week.DistanceKm, 2),
            Math.Round(week.RunMinutes, 1),
            week.HardRuns,
            week.LongRuns,
            week.StrengthSessions,
            week.LegSessions,
            week.NutritionDays,
            MeanPerDay(week.ProteinG, week.NutritionDays, 1),
            MeanPerDay(week.CarbsG, week.NutritionDays, 1),
            MeanPerDay(week.CaloriesKcal, week.NutritionDays, 0),
            week.LastWeightKg,
            week.CrossTrainingSessions,
            Math.Round(week.CrossTrainingMinutes, 1),
            Math.Round(week.CrossTrainingKcal));

    private static double? MeanPerDay(double total, int days, int digits) => days == 0 ? null : Math.Round(total / days, digits);
}

/// <summary>Body of <c>GET …/weeks</c>: the weeks newest first.</summary>
public sealed record WeekList(IReadOnlyList<WeekResponse> Items);
