namespace RunStrong.Coaching.Log;

/// <summary>What replacing an entry at its own id did. Unlike logging, other content under the id is not a conflict: it is the edit.</summary>
public enum ReplaceOutcome
{
    /// <summary>No entry had the id; the entry is new and stored.</summary>
    Created,

    /// <summary>An entry with the id said something else; the new content replaced it.</summary>
    Replaced,

    /// <summary>The entry with the id already said exactly this; nothing changed.</summary>
    Unchanged,
}
