using RunStrong.Coaching.Engine.Training;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// The plan's days read against the logged history. Plan day d is history index <c>offset - d</c> (0 is the as-of
/// day): with the as-of day inside the week (the current week), days up to it are lived and hold what was logged,
/// and the as-of day itself (today) can still take what it has not had; with offset -1 every day is ahead.
/// </summary>
internal readonly struct PlanHistory(TrainingDays days, int offset)
{
    public int Offset => offset;

    /// <summary>The first day sessions may be planned on: today in the current week, else the first day.</summary>
    public int FirstPlannable => Math.Max(0, offset);

    public bool IsLived(int day) => day <= offset;

    public bool RanOn(int day) => At(days.RunKm, day) > 0;

    public bool HardRunOn(int day) => At(days.HardRuns, day) > 0;

    public bool LegsOn(int day) => At(days.LegSessions, day) > 0;

    /// <summary>The energy of the cross-training logged on a lived day, kcal (0 on a day ahead).</summary>
    public double CrossTrainingKcalOn(int day) => IsLived(day) ? At(days.CrossTrainingKcal, day) : 0;

    /// <summary>Hard runs logged in the 7 days ending on <paramref name="day"/>; for a day ahead, the most any 7 days holding it have.</summary>
    public int HardRunsInWeekEndingOn(int day) => (int)TrainingDays.Sum(days.HardRuns, offset - day, offset - day + WeekDays - 1);

    public double LoggedKm => offset < 0 ? 0 : TrainingDays.Sum(days.RunKm, 0, offset);

    public int LoggedRunDays => Count(days.RunKm);

    public int LoggedHardRuns => offset < 0 ? 0 : (int)TrainingDays.Sum(days.HardRuns, 0, offset);

    public int LoggedLegSessions => offset < 0 ? 0 : (int)TrainingDays.Sum(days.LegSessions, 0, offset);

    private int Count(ReadOnlySpan<double> series)
    {
        var count = 0;
        for (var i = 0; i <= offset && i < series.Length; i++)
        {
            count += series[i] > 0 ? 1 : 0;
        }

        return count;
    }

    private double At(ReadOnlySpan<double> series, int day)
    {
        var index = offset - day;
        return index >= 0 && index < series.Length ? series[index] : 0;
    }
}
