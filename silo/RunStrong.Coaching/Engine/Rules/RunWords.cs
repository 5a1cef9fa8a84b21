using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Rules;

/// <summary>Words for messages, as constants so that messages allocate only themselves.</summary>
internal static class RunWords
{
    public static string Kind(RunKind kind) => kind switch
    {
        RunKind.Easy => "easy",
        RunKind.Long => "long",
        RunKind.Tempo => "tempo",
        _ => "interval",
    };

    public static string Phase(TrainingPhase phase) => phase switch
    {
        TrainingPhase.Base => "base",
        TrainingPhase.Build => "build",
        TrainingPhase.Peak => "peak",
        _ => "taper",
    };

    public static string Group(MuscleGroup group) => group switch
    {
        MuscleGroup.Calves => "calves",
        MuscleGroup.Quads => "quads",
        MuscleGroup.Hamstrings => "hamstrings",
        MuscleGroup.Glutes => "glutes",
        MuscleGroup.Core => "core",
        _ => "upper body",
    };

    public static string Method(BodyFatMethod method) => method switch
    {
        BodyFatMethod.Dexa => "DEXA",
        BodyFatMethod.Bia => "bioimpedance",
        BodyFatMethod.Skinfold => "skinfolds",
        _ => "tape",
    };

    public static string Plural(int count) => count == 1 ? string.Empty : "s";
}
