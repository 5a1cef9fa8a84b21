namespace RunStrong.Challenges.Tests.Builders;

/// <summary>An athlete's log as challenges score it, built entry by entry.</summary>
/// <param name="calendar">The athlete's calendar (default UTC): which day each run or session counts on.</param>
internal sealed class Log(double? profileWeightKg = null, LocalCalendar? calendar = null)
{
    private static int sequence;

    private readonly List<Run> runs = [];
    private readonly List<StrengthSession> sessions = [];
    private readonly List<NutritionDay> nutrition = [];
    private readonly List<Measurement> measurements = [];

    public IReadOnlyList<Run> Runs => runs;

    public ScoringInput Input => new([.. runs], [.. sessions], [.. nutrition], [.. measurements], profileWeightKg, calendar ?? LocalCalendar.Utc);

    public ActivityDays Days => ActivityDays.Of(Input);

    /// <summary>A run starting at 07:00 UTC on <paramref name="day"/>.</summary>
    public Log Run(DateOnly day, double km, RunKind kind = RunKind.Easy, string? id = null) =>
        RunAt(new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), km, kind, id);

    public Log RunAt(DateTimeOffset startedAt, double km, RunKind kind = RunKind.Easy, string? id = null)
    {
        runs.Add(new Run(id ?? NextId("run"), startedAt, km, km * 6, kind, null, null));
        return this;
    }

    /// <summary>Squats and calf raises: quads, glutes and calves.</summary>
    public Log LegSession(DateOnly day) =>
        Session(day, new Exercise("squat", [MuscleGroup.Quads, MuscleGroup.Glutes], 4, 6, 80), new Exercise("calf raise", [MuscleGroup.Calves], 3, 12, 40));

    /// <summary>Bench press and planks: nothing below the hips.</summary>
    public Log UpperBodySession(DateOnly day) =>
        Session(day, new Exercise("bench press", [MuscleGroup.Upper], 4, 8, 60), new Exercise("plank", [MuscleGroup.Core], 3, 1, null));

    public Log Session(DateOnly day, params Exercise[] exercises) =>
        SessionAt(new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero), exercises);

    public Log SessionAt(DateTimeOffset startedAt, params Exercise[] exercises)
    {
        sessions.Add(new StrengthSession(NextId("session"), startedAt, 45, null, exercises));
        return this;
    }

    public Log Nutrition(DateOnly day, double proteinG)
    {
        nutrition.Add(new NutritionDay(day, 2500, proteinG, 300, null, []));
        return this;
    }

    public Log Measurement(DateOnly day, double weightKg)
    {
        measurements.Add(new Measurement(NextId("measurement"), day, weightKg, null, null));
        return this;
    }

    private static string NextId(string prefix) => $"{prefix}-{Interlocked.Increment(ref sequence)}";
}
