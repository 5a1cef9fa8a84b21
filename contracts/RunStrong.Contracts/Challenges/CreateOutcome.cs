namespace RunStrong.Contracts.Challenges;

public enum CreateOutcome
{
    Created,

    /// <summary>The same thing exists already: a retried request.</summary>
    Exists,

    /// <summary>The id is taken by something different.</summary>
    Conflict,

    /// <summary>The parent does not exist (a team of an unknown challenge).</summary>
    NotFound,

    /// <summary>A bound would be passed (teams per challenge, challenges per tenant).</summary>
    LimitReached,
}
