using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>One exercise of a strength session as a client sends it; validated by <see cref="StrengthSessionInput"/>.</summary>
public sealed record ExerciseInput(
    string? Name,
    IReadOnlyList<string?>? MuscleGroups,
    int? Sets,
    int? Reps,
    double? LoadKg)
{
    private const int MaxNameLength = 100;
    private const int MaxSets = 100, MaxReps = 1000;

    // A 1000 kg leg press is beyond any logged lift; larger figures are unit mistakes.
    private const double MaxLoadKg = 1000;

    /// <summary>Checks this exercise, naming fields under <paramref name="path"/> (e.g. <c>exercises[2]</c>).</summary>
    internal Exercise? Validate(FieldChecks checks, string path)
    {
        var before = checks.Errors.Count;
        if (string.IsNullOrWhiteSpace(Name))
        {
            checks.Add($"{path}.name", $"{path}.name is required.");
        }
        else if (Name.Length > MaxNameLength)
        {
            checks.Add($"{path}.name", $"{path}.name must be at most {MaxNameLength} characters.");
        }

        var groups = ValidateGroups(checks, $"{path}.muscleGroups");
        var sets = checks.InRange(Sets, $"{path}.sets", 1, MaxSets, required: true);
        var reps = checks.InRange(Reps, $"{path}.reps", 1, MaxReps, required: true);
        var load = checks.InRange(LoadKg, $"{path}.loadKg", 0, MaxLoadKg, "kg");
        return checks.Errors.Count > before ? null : new Exercise(Name!.Trim(), groups!, sets!.Value, reps!.Value, load);
    }

    private List<MuscleGroup>? ValidateGroups(FieldChecks checks, string field)
    {
        if (MuscleGroups is null || MuscleGroups.Count == 0)
        {
            checks.Add(field, $"{field} must name at least one of: {string.Join(", ", WireNames.All<MuscleGroup>())}.");
            return null;
        }

        var groups = new List<MuscleGroup>(MuscleGroups.Count);
        for (var i = 0; i < MuscleGroups.Count; i++)
        {
            var group = checks.OneOf<MuscleGroup>(MuscleGroups[i], $"{field}[{i}]", required: true);
            if (group is { } parsed && !groups.Contains(parsed))
            {
                groups.Add(parsed);
            }
        }

        return groups;
    }
}
