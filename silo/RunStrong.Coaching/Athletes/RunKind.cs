namespace RunStrong.Coaching.Athletes;

/// <summary>The kind of run. Tempo and interval runs are the hard sessions (docs/COACHING.md).</summary>
public enum RunKind
{
    Easy,
    Long,
    Tempo,
    Interval,
}
