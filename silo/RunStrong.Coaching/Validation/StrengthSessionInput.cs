using System.Globalization;
using System.Text;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>A strength session as a client sends it (<c>POST .../strength-sessions</c>); see <see cref="ProfileInput"/> for why all is optional.</summary>
public sealed record StrengthSessionInput(
    string? Id,
    DateTimeOffset? StartedAt,
    double? DurationMin,
    int? Rpe,
    IReadOnlyList<ExerciseInput?>? Exercises)
{
    // Ten hours covers any gym session; longer is a unit mistake (seconds for minutes).
    private const double MaxDurationMin = 600;
    private const int MaxExercises = 50;

    public Validated<StrengthSession> Validate(DateOnly today, LocalCalendar calendar)
    {
        var checks = new FieldChecks();
        var id = checks.Matches(Id, "id", EntryId.IsValid, EntryId.Rule);
        var startedAt = checks.Required(StartedAt, "startedAt");
        if (startedAt is { } start && !LoggedDates.IsAllowed(start, calendar, today))
        {
            checks.Add("startedAt", $"startedAt {LoggedDates.Rule}");
        }

        var duration = checks.InRange(DurationMin, "durationMin", 0, MaxDurationMin, "minutes", required: true);
        if (duration is 0)
        {
            checks.Add("durationMin", "durationMin must be greater than 0.");
        }

        var rpe = checks.InRange(Rpe, "rpe", 1, 10);
        var exercises = ValidateExercises(checks);

        if (checks.HasErrors)
        {
            return Validated<StrengthSession>.Failed(checks.Errors);
        }

        var sessionId = id ?? EntryId.Derive("strength", Content(startedAt!.Value, duration!.Value, exercises!));
        return Validated<StrengthSession>.Ok(new StrengthSession(sessionId, startedAt!.Value, duration!.Value, rpe, exercises!));
    }

    private List<Exercise>? ValidateExercises(FieldChecks checks)
    {
        if (Exercises is null || Exercises.Count == 0)
        {
            checks.Add("exercises", "exercises must list at least one exercise.");
            return null;
        }

        return ListChecks.Each(checks, Exercises, "exercises", MaxExercises, static (ExerciseInput exercise, FieldChecks c, string path) => exercise.Validate(c, path));
    }

    private static string Content(DateTimeOffset startedAt, double duration, List<Exercise> exercises)
    {
        var content = new StringBuilder();
        content.Append(CultureInfo.InvariantCulture, $"{startedAt.UtcTicks}|{duration}");
        foreach (var exercise in exercises)
        {
            content.Append(CultureInfo.InvariantCulture, $"|{exercise.Name}:{exercise.Sets}x{exercise.Reps}@{exercise.LoadKg}");
        }

        return content.ToString();
    }
}
