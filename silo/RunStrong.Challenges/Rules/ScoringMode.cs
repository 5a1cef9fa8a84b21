namespace RunStrong.Challenges.Rules;

/// <summary>How an athlete's score is expressed (wire names: absolute, relativeToBaseline).</summary>
public enum ScoringMode
{
    /// <summary>The metric itself: kilometres, sessions, days, weeks or points.</summary>
    Absolute,

    /// <summary>
    /// Progress against the athlete's own previous 4 weeks: the challenge total as a percentage of what their
    /// baseline rate would produce over the whole challenge (<see cref="Scoring.Baseline"/>).
    /// </summary>
    RelativeToBaseline,
}
