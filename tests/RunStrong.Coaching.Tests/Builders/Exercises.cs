namespace RunStrong.Coaching.Tests.Builders;

internal static class Exercises
{
    public static Exercise Of(string name, int sets, params MuscleGroup[] groups) => new(name, groups, sets, 8, 60);
}
