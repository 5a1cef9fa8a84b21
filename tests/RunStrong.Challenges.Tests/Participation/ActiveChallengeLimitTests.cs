using RunStrong.Challenges.Participation;
using static RunStrong.Challenges.Tests.Builders.Enrollment;

namespace RunStrong.Challenges.Tests.Participation;

/// <summary>An athlete is in at most 20 challenges that have not ended.</summary>
public sealed class ActiveChallengeLimitTests
{
    private static ChallengeEnrollments JoinedTo(int count, ChallengeRules rules, string prefix = "c")
    {
        var enrollments = new ChallengeEnrollments();
        for (var i = 1; i <= count; i++)
        {
            Assert.Equal(JoinOutcome.Joined, enrollments.Join($"{prefix}{i}", "blue", rules, 1, new Log().Days, FirstDetailed, Today));
        }

        return enrollments;
    }

    [Fact]
    public void The_21st_active_challenge_is_refused()
    {
        var enrollments = JoinedTo(20, TwoWeeksDistance);

        Assert.Equal(JoinOutcome.TooManyChallenges, enrollments.Join("c21", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));

        Assert.Equal(20, enrollments.Items.Count);
        Assert.Null(enrollments.Find("c21"));
        Assert.Equal(20, enrollments.LastRevision);
    }

    [Fact]
    public void Challenges_that_ended_do_not_count()
    {
        // 19 running and one that ended yesterday.
        var enrollments = JoinedTo(19, TwoWeeksDistance);
        enrollments.Join("ended", "blue", DistanceEnding(Today.AddDays(-1)), 1, new Log().Days, FirstDetailed, Today);

        Assert.Equal(JoinOutcome.Joined, enrollments.Join("c21", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));
    }

    [Fact]
    public void A_challenge_ending_today_still_counts()
    {
        var enrollments = JoinedTo(19, TwoWeeksDistance);
        enrollments.Join("last-day", "blue", DistanceEnding(Today), 1, new Log().Days, FirstDetailed, Today);

        Assert.Equal(JoinOutcome.TooManyChallenges, enrollments.Join("c21", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));
    }

    [Fact]
    public void Leaving_one_makes_room()
    {
        var enrollments = JoinedTo(20, TwoWeeksDistance);
        enrollments.Leave("c7", "blue");

        Assert.Equal(JoinOutcome.Joined, enrollments.Join("c21", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));
    }

    [Fact]
    public void Moving_team_in_a_21st_is_not_refused_when_already_in_it()
    {
        var enrollments = JoinedTo(20, TwoWeeksDistance);

        Assert.Equal(JoinOutcome.Moved, enrollments.Join("c3", "red", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));
    }

    [Fact]
    public void Rejoining_a_left_challenge_is_refused_when_20_others_are_active()
    {
        // Left "spring" (departure not yet delivered), then joined 20 others: rejoining "spring" would make 21 active.
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today);
        enrollments.Leave("spring", "blue");
        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal(JoinOutcome.Joined, enrollments.Join($"c{i}", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));
        }

        Assert.Equal(JoinOutcome.TooManyChallenges, enrollments.Join("spring", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today));
        Assert.Equal(20, enrollments.Items.Count(e => e.IsMember));
    }
}
