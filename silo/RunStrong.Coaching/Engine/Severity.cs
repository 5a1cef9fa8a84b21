namespace RunStrong.Coaching.Engine;

/// <summary>How urgently a recommendation asks for attention, in increasing order (wire: info, advice, warning, alert).</summary>
public enum Severity
{
    Info,
    Advice,
    Warning,
    Alert,
}
