namespace RunStrong.Contracts.Athletes;

/// <summary>What logging a run did. A repeated id with the same content is a harmless retry.</summary>
[GenerateSerializer]
public enum RunLogOutcome
{
    /// <summary>The run is new and stored.</summary>
    Logged,

    /// <summary>The same run (same id, same content) was already stored; nothing changed.</summary>
    AlreadyLogged,

    /// <summary>The id is taken by a run with different content; nothing changed.</summary>
    IdConflict,
}
