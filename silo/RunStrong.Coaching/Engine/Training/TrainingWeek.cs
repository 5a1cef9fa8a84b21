using RunStrong.Coaching.Engine.Nutrition;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>
/// The training figures the rules read, over the last 7 days unless the name says otherwise. Training hours, exercise
/// energy and load count cross-training; run km and run counts never do.
/// </summary>
/// <param name="CrossTrainingSessions">Cross-training sessions (cycling, swimming...) in the last 7 days.</param>
/// <param name="CrossTrainingMinutes">Their minutes, part of <see cref="MeanDailyTrainingHours"/>.</param>
public sealed record TrainingWeek(
    double RunKm,
    double PriorTwoWeeksMeanKm,
    int Runs,
    int HardRuns,
    int HardRunsLast14Days,
    int RunsLast28Days,
    int HardRunsLast28Days,
    int LegSessions,
    MuscleGroupSets Sets,
    double MeanDailyTrainingHours,
    CarbohydrateBand CarbBand,
    double MeanExerciseEnergyKcal,
    double? HoursFromHardRunToLegSession,
    bool RunVolumeAtFourWeekHigh,
    TrainingLoad Load,
    int CrossTrainingSessions,
    double CrossTrainingMinutes)
{
    internal static TrainingWeek Of(TrainingDays days, double bodyMassKg, DateOnly asOf)
    {
        var km = TrainingDays.Sum(days.RunKm, 0, WeekDays - 1);
        var strengthMin = TrainingDays.Sum(days.StrengthMin, 0, WeekDays - 1);
        var crossMin = TrainingDays.Sum(days.CrossTrainingMin, 0, WeekDays - 1);
        var hours = (TrainingDays.Sum(days.RunMin, 0, WeekDays - 1) + strengthMin + crossMin) / 60 / WeekDays;

        // "At the athlete's 4-week high": this week's km above each of the 3 weeks before (steady weeks are no
        // peak), with 4 weeks of running to compare.
        var atHigh = km > 0 && days.OldestRun28 >= 3 * WeekDays;
        for (var week = 1; week < 4 && atHigh; week++)
        {
            atHigh = km > TrainingDays.Sum(days.RunKm, week * WeekDays, (week * WeekDays) + WeekDays - 1);
        }

        return new TrainingWeek(
            km,
            TrainingDays.Sum(days.RunKm, WeekDays, (3 * WeekDays) - 1) / 2,
            days.Runs7,
            days.Hard7,
            days.Hard14,
            days.Runs28,
            days.Hard28,
            days.LegSessions7,
            days.Sets7,
            hours,
            CarbohydrateBands.ForHours(hours),
            NutritionWeek.ExerciseKcal(bodyMassKg, km, strengthMin, TrainingDays.Sum(days.CrossTrainingKcal, 0, WeekDays - 1)) / WeekDays,
            days.HardRunToLegSessionHours,
            atHigh,
            TrainingLoad.Of(days.Load, days.OldestActivity, asOf),
            days.CrossTraining7,
            crossMin);
    }
}
