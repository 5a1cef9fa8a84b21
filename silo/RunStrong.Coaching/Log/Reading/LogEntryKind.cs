namespace RunStrong.Coaching.Log.Reading;

/// <summary>The kinds of detailed entry a client reads back page by page; a cursor belongs to one of them.</summary>
public enum LogEntryKind
{
    Runs,
    StrengthSessions,
    Nutrition,
    Measurements,
}
