using RunStrong.Challenges.Participation;
using static RunStrong.Challenges.Tests.Builders.Enrollment;

namespace RunStrong.Challenges.Tests.Participation;

/// <summary>Rescoring every challenge after the log changed: a new revision exactly when a total moved.</summary>
public sealed class RescoreTests
{
    private static ChallengeEnrollments JoinedAndDelivered(Log log, params (string Id, ChallengeRules Rules)[] challenges)
    {
        var enrollments = new ChallengeEnrollments();
        foreach (var (id, rules) in challenges)
        {
            enrollments.Join(id, "blue", rules, 1, log.Days, FirstDetailed, Today);
            enrollments.MarkDelivered(id, enrollments.LastRevision);
        }

        return enrollments;
    }

    [Fact]
    public void Replacing_a_run_with_a_shorter_one_lowers_the_total_and_bumps_the_revision()
    {
        var enrollments = JoinedAndDelivered(new Log().Run(new(2026, 11, 3), 12.5, id: "r1").Run(new(2026, 11, 4), 6, id: "r2"), ("spring", TwoWeeksDistance));
        Assert.Equal(18.5m, enrollments.Items[0].Total.Value);

        // r1 edited from 12.5 km to 8 km.
        var edited = new Log().Run(new(2026, 11, 3), 8, id: "r1").Run(new(2026, 11, 4), 6, id: "r2");
        Assert.True(enrollments.Rescore(edited.Days, FirstDetailed, Today, "run:r1"));

        var enrollment = enrollments.Items[0];
        Assert.Equal(14m, enrollment.Total.Value);
        Assert.Equal(2, enrollment.Revision);
        Assert.False(enrollment.Delivered);
        Assert.Equal("run:r1", enrollment.Cause);
    }

    [Fact]
    public void The_same_activity_rescored_twice_counts_once_and_changes_nothing()
    {
        var log = new Log().Run(new(2026, 11, 3), 12.5, id: "r1");
        var enrollments = JoinedAndDelivered(log, ("spring", TwoWeeksDistance));

        // A retried request for r1: the log (which keeps r1 once) is unchanged, and so is every challenge.
        Assert.False(enrollments.Rescore(log.Days, FirstDetailed, Today, "run:r1"));
        Assert.False(enrollments.Rescore(log.Days, FirstDetailed, Today, "run:r1"));

        var enrollment = enrollments.Items[0];
        Assert.Equal(12.5m, enrollment.Total.Value);
        Assert.Equal(1, enrollment.Revision);
        Assert.True(enrollment.Delivered);
        Assert.Equal("team:blue", enrollment.Cause);
    }

    [Fact]
    public void Only_challenges_whose_total_moved_get_a_revision()
    {
        var legs = Challenge.Rules(ChallengeMetric.LegSessions, Nov2, new(2026, 11, 15));
        var enrollments = JoinedAndDelivered(new Log().LegSession(new(2026, 11, 3)), ("distance", TwoWeeksDistance), ("legs", legs));

        Assert.True(enrollments.Rescore(new Log().LegSession(new(2026, 11, 3)).Run(new(2026, 11, 4), 10).Days, FirstDetailed, Today, "run:r9"));

        Assert.Equal(3, enrollments.Find("distance")!.Revision);
        Assert.Equal(10m, enrollments.Find("distance")!.Total.Value);
        Assert.Equal(2, enrollments.Find("legs")!.Revision);
        Assert.True(enrollments.Find("legs")!.Delivered);
        Assert.Equal(["distance"], enrollments.Pending.Select(e => e.ChallengeId));
    }

    [Fact]
    public void A_left_challenge_is_not_rescored()
    {
        var enrollments = JoinedAndDelivered(new Log(), ("spring", TwoWeeksDistance));
        enrollments.Leave("spring", "blue");

        Assert.False(enrollments.Rescore(new Log().Run(new(2026, 11, 4), 10).Days, FirstDetailed, Today, "run:r1"));

        Assert.Equal(2, enrollments.Items[0].Revision);
        Assert.Equal(0m, enrollments.Items[0].Total.Value);
    }

    [Fact]
    public void Days_older_than_the_detail_window_survive_a_rescore_whose_log_no_longer_has_them()
    {
        var enrollments = JoinedAndDelivered(new Log().Run(new(2026, 11, 3), 10).Run(new(2026, 11, 12), 4), ("spring", TwoWeeksDistance));
        Assert.Equal(14m, enrollments.Items[0].Total.Value);

        // On 2027-03-16 the detail window starts on 2026-11-10 (126 days back): the Nov 3 run is only a weekly
        // total now and not in the detailed log; the Nov 12 run still is.
        var aged = new Log().Run(new(2026, 11, 12), 4);
        Assert.False(enrollments.Rescore(aged.Days, new(2026, 11, 10), new(2027, 3, 16), "aged"));

        Assert.Equal(14m, enrollments.Items[0].Total.Value);
        Assert.Equal(1, enrollments.Items[0].Revision);
    }

    [Fact]
    public void The_first_rescore_on_or_after_the_start_freezes_the_baseline_without_a_new_revision()
    {
        var relative = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, new(2026, 11, 15), scoring: ScoringMode.RelativeToBaseline);
        var log = new Log().Run(new(2026, 10, 20), 60).Run(new(2026, 11, 3), 10);
        var enrollments = new ChallengeEnrollments();
        enrollments.Join("spring", "blue", relative, 1, log.Days, FirstDetailed, new(2026, 10, 28));
        enrollments.MarkDelivered("spring", 1);

        // Baseline 60 / 4 = 15 km a week, 30 expected: 10 / 30 = 33.33 %. The total does not move, so no revision,
        // but the now frozen baseline is state to persist.
        Assert.True(enrollments.Rescore(log.Days, FirstDetailed, Today, "day"));

        var enrollment = enrollments.Items[0];
        Assert.True(enrollment.Score.BaselineFrozen);
        Assert.Equal(33.33m, enrollment.Total.Value);
        Assert.Equal(1, enrollment.Revision);
        Assert.True(enrollment.Delivered);
    }
}
