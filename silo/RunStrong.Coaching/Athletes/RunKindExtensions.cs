namespace RunStrong.Coaching.Athletes;

public static class RunKindExtensions
{
    /// <summary>Interval and tempo runs count as hard sessions (docs/COACHING.md, Inputs).</summary>
    public static bool IsHard(this RunKind kind) => kind is RunKind.Tempo or RunKind.Interval;
}
