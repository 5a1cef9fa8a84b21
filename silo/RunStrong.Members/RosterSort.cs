namespace RunStrong.Members;

/// <summary>The orders the directory lists members in (wire: name, risk, lastActive).</summary>
public enum RosterSort
{
    /// <summary>By last name, then first name (folded), then athlete id: the staff's alphabetical list.</summary>
    Name,

    /// <summary>The follow-up list: high, moderate, low risk, then unknown; within each, longest without activity first.</summary>
    Risk,

    /// <summary>Most recently active first; members who never logged training last.</summary>
    LastActive,
}
