using RunStrong.Challenges.Participation;
using static RunStrong.Challenges.Tests.Builders.Enrollment;

namespace RunStrong.Challenges.Tests.Participation;

/// <summary>Joining a challenge, joining again and moving team.</summary>
public sealed class JoinTests
{
    private static readonly Log Logged = new Log().Run(new(2026, 10, 30), 8).Run(new(2026, 11, 3), 12.5);

    [Fact]
    public void Joining_scores_what_was_already_logged_inside_the_dates()
    {
        var enrollments = new ChallengeEnrollments();

        Assert.Equal(JoinOutcome.Joined, enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today));

        var enrollment = Assert.Single(enrollments.Items);
        Assert.Equal("spring", enrollment.ChallengeId);
        Assert.Equal("blue", enrollment.TeamId);
        Assert.Equal(4, enrollment.ShardCount);
        Assert.Equal(12.5m, enrollment.Total.Value); // Oct 30 is before the start
        Assert.Equal(1, enrollment.Revision);
        Assert.False(enrollment.Delivered);
        Assert.Equal("team:blue", enrollment.Cause);
        Assert.Same(enrollment, Assert.Single(enrollments.Pending));
    }

    [Fact]
    public void Joining_the_same_team_again_is_unchanged_with_no_new_revision()
    {
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today);
        enrollments.MarkDelivered("spring", 1);

        Assert.Equal(JoinOutcome.Unchanged, enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today));

        var enrollment = Assert.Single(enrollments.Items);
        Assert.Equal(1, enrollment.Revision);
        Assert.Equal(1, enrollments.LastRevision);
        Assert.True(enrollment.Delivered);
        Assert.Empty(enrollments.Pending);
    }

    [Fact]
    public void Moving_team_bumps_the_revision_and_keeps_the_score()
    {
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today);
        enrollments.MarkDelivered("spring", 1);

        Assert.Equal(JoinOutcome.Moved, enrollments.Join("spring", "red", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today));

        var enrollment = Assert.Single(enrollments.Items);
        Assert.Equal("red", enrollment.TeamId);
        Assert.Equal(2, enrollment.Revision);
        Assert.Equal(12.5m, enrollment.Total.Value);
        Assert.False(enrollment.Delivered);
        Assert.Equal("team:red", enrollment.Cause);
    }

    [Fact]
    public void Rejoining_after_leaving_continues_the_revisions()
    {
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today);
        enrollments.Leave("spring", "blue");
        enrollments.MarkDelivered("spring", 2);
        Assert.Empty(enrollments.Items);

        Assert.Equal(JoinOutcome.Joined, enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today));

        // Revisions 1 (join) and 2 (leave) were handed out: the shard must see the rejoin as newer than the departure.
        Assert.Equal(3, Assert.Single(enrollments.Items).Revision);
        Assert.Equal(12.5m, enrollments.Items[0].Total.Value);
    }

    [Fact]
    public void Rejoining_before_the_departure_was_delivered_is_a_join()
    {
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today);
        enrollments.Leave("spring", "blue");

        Assert.Equal(JoinOutcome.Joined, enrollments.Join("spring", "red", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today));

        var enrollment = Assert.Single(enrollments.Items);
        Assert.Equal("red", enrollment.TeamId);
        Assert.Equal(3, enrollment.Revision);
    }
}
