using RunStrong.Challenges.Participation;
using static RunStrong.Challenges.Tests.Builders.Enrollment;

namespace RunStrong.Challenges.Tests.Participation;

/// <summary>Leaving, acknowledging delivered revisions, and pruning what is final.</summary>
public sealed class DeliveryTests
{
    private static readonly Log Logged = new Log().Run(new(2026, 11, 3), 12.5);

    private static ChallengeEnrollments Joined()
    {
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", TwoWeeksDistance, 4, Logged.Days, FirstDetailed, Today);
        return enrollments;
    }

    [Fact]
    public void Leaving_is_a_pending_revision_and_its_delivery_removes_the_challenge()
    {
        var enrollments = Joined();

        Assert.True(enrollments.Leave("spring", "blue"));

        var enrollment = Assert.Single(enrollments.Pending);
        Assert.Null(enrollment.TeamId);
        Assert.False(enrollment.IsMember);
        Assert.Equal(2, enrollment.Revision);
        Assert.Equal("left", enrollment.Cause);

        enrollments.MarkDelivered("spring", 2);

        Assert.Empty(enrollments.Items);
        Assert.Null(enrollments.Find("spring"));
    }

    [Fact]
    public void Leaving_a_team_one_is_not_in_changes_nothing()
    {
        var enrollments = Joined();

        Assert.False(enrollments.Leave("spring", "red"));
        Assert.False(enrollments.Leave("autumn", "blue"));

        Assert.Equal("blue", enrollments.Items[0].TeamId);
        Assert.Equal(1, enrollments.LastRevision);
    }

    [Fact]
    public void Delivering_the_current_revision_clears_it_from_pending()
    {
        var enrollments = Joined();

        enrollments.MarkDelivered("spring", 1);

        Assert.True(enrollments.Items[0].Delivered);
        Assert.Empty(enrollments.Pending);
        Assert.Single(enrollments.Items);
    }

    [Fact]
    public void A_stale_delivery_keeps_the_newer_revision_pending()
    {
        var enrollments = Joined();
        enrollments.Rescore(new Log().Run(new(2026, 11, 3), 12.5).Run(new(2026, 11, 4), 5).Days, FirstDetailed, Today, "run:r2");
        Assert.Equal(2, enrollments.Items[0].Revision);

        // The shard acknowledges revision 1 after revision 2 was produced.
        enrollments.MarkDelivered("spring", 1);

        Assert.False(enrollments.Items[0].Delivered);
        Assert.Single(enrollments.Pending);
    }

    [Fact]
    public void A_stale_delivery_of_a_departure_keeps_the_challenge()
    {
        var enrollments = Joined();
        enrollments.Leave("spring", "blue");

        enrollments.MarkDelivered("spring", 1);

        Assert.Single(enrollments.Pending);
    }

    [Fact]
    public void Prune_drops_delivered_challenges_that_ended_before_the_detail_window_and_keeps_the_rest()
    {
        // First detailed day: Jul 2.
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("old-delivered", "blue", DistanceEnding(new(2026, 7, 1)), 1, new Log().Days, FirstDetailed, Today);
        enrollments.Join("old-pending", "blue", DistanceEnding(new(2026, 7, 1)), 1, new Log().Days, FirstDetailed, Today);
        enrollments.Join("edge-delivered", "blue", DistanceEnding(new(2026, 7, 2)), 1, new Log().Days, FirstDetailed, Today);
        enrollments.Join("running", "blue", TwoWeeksDistance, 1, new Log().Days, FirstDetailed, Today);
        enrollments.MarkDelivered("old-delivered", 1);
        enrollments.MarkDelivered("edge-delivered", 3);
        enrollments.MarkDelivered("running", 4);

        Assert.True(enrollments.Prune(FirstDetailed));

        Assert.Equal(["old-pending", "edge-delivered", "running"], enrollments.Items.Select(e => e.ChallengeId));
        Assert.False(enrollments.Prune(FirstDetailed));
    }
}
