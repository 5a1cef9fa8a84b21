namespace RunStrong.Coaching.Log;

/// <summary>What logging an entry did. A repeated id with the same content is a harmless retry.</summary>
public enum LogOutcome
{
    /// <summary>The entry is new and stored.</summary>
    Logged,

    /// <summary>The same entry (same id, same content) was already stored; nothing changed.</summary>
    AlreadyLogged,

    /// <summary>The id is taken by an entry with different content; nothing changed.</summary>
    IdConflict,
}
