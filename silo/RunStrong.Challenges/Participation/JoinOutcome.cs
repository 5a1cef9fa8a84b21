namespace RunStrong.Challenges.Participation;

public enum JoinOutcome
{
    Joined,

    /// <summary>The athlete moved from another team of the same challenge (an athlete is in at most one).</summary>
    Moved,

    /// <summary>Already in that team.</summary>
    Unchanged,

    /// <summary>The athlete is already in <see cref="ChallengeEnrollments.MaxActive"/> running challenges.</summary>
    TooManyChallenges,
}
