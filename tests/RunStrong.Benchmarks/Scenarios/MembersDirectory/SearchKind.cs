namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>The kinds of search text the search load mixes, as staff type them.</summary>
public enum SearchKind
{
    /// <summary>2-4 letters of a first or last name as written ("Mü", "Gar", "kow").</summary>
    NamePrefix,

    /// <summary>2-4 letters of an accented name typed without its accents ("mul" for Müller, "oyv" for Øyvind, "gros" for Groß).</summary>
    Folded,

    /// <summary>The start of a first and of a last name ("zoë mü", "van der b").</summary>
    MultiWord,

    /// <summary>The start of an email address ("zoe.mul", "zmul", "lukasz_1").</summary>
    EmailPrefix,
}
