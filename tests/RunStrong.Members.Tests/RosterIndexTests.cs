using static RunStrong.Members.Tests.Listings;

namespace RunStrong.Members.Tests;

public class RosterIndexTests
{
    private readonly RosterIndex index = new();

    [Fact]
    public void Name_sort_is_by_last_then_first_name_folded_then_id()
    {
        index.Apply(Member("a3", "Zoe", "Åberg"));
        index.Apply(Member("a1", "Anna", "Berg"));
        index.Apply(Member("a2", "Anna", "berg"));
        index.Apply(Member("a4", "Bo", "Aberg"));
        index.Apply(Member("a5"));

        Assert.Equal(["a4", "a3", "a1", "a2", "a5"], Ids(index.Query(RosterQuery.For(null, RosterSort.Name, null, 10))));
    }

    [Fact]
    public void Risk_sort_is_the_follow_up_list_high_moderate_low_unknown_then_longest_inactive()
    {
        var day = new DateOnly(2026, 11, 1);
        index.Apply(Member("low-recent", risk: MuscleRetentionRisk.Low, lastActive: day.AddDays(20)));
        index.Apply(Member("high-recent", risk: MuscleRetentionRisk.High, lastActive: day.AddDays(20)));
        index.Apply(Member("high-never", risk: MuscleRetentionRisk.High));
        index.Apply(Member("high-old", risk: MuscleRetentionRisk.High, lastActive: day));
        index.Apply(Member("moderate", risk: MuscleRetentionRisk.Moderate, lastActive: day));
        index.Apply(Member("unknown", risk: null));

        Assert.Equal(
            ["high-never", "high-old", "high-recent", "moderate", "low-recent", "unknown"],
            Ids(index.Query(RosterQuery.For(null, RosterSort.Risk, null, 10))));
    }

    [Fact]
    public void Last_active_sort_is_most_recent_first_and_never_active_last()
    {
        var day = new DateOnly(2026, 11, 1);
        index.Apply(Member("never"));
        index.Apply(Member("old", lastActive: day));
        index.Apply(Member("recent", lastActive: day.AddDays(30)));

        Assert.Equal(["recent", "old", "never"], Ids(index.Query(RosterQuery.For(null, RosterSort.LastActive, null, 10))));
    }

    [Theory]
    [InlineData("mul", "muller")]
    [InlineData("oyv", "oyvind")]
    [InlineData("gros", "gross")]
    [InlineData("MÜL", "muller")]
    [InlineData("ann ber", "anna")]
    [InlineData("berg ann", "anna")]
    [InlineData("m-0042", "oyvind")]
    [InlineData("0042", "oyvind")]
    [InlineData("gym.exa", "muller")]
    public void Search_matches_the_start_of_any_word_of_names_email_and_external_id(string q, string expected)
    {
        index.Apply(Member("muller", "Jürgen", "Müller", email: "jm@gym.example"));
        index.Apply(Member("oyvind", "Øyvind", "Lie", externalId: "M-0042"));
        index.Apply(Member("gross", "Karl", "Groß"));
        index.Apply(Member("anna", "Anna", "Berg"));

        var page = index.Query(RosterQuery.For(q, RosterSort.Name, null, 10));

        Assert.Equal([expected], Ids(page));
        Assert.Equal(1, page.Matches);
    }

    [Fact]
    public void Search_does_not_match_inside_a_word()
    {
        index.Apply(Member("anna", "Anna", "Berg"));

        Assert.Empty(index.Query(RosterQuery.For("erg", RosterSort.Name, null, 10)).Items);
    }

    [Fact]
    public void A_stale_or_repeated_listing_changes_nothing()
    {
        Assert.True(index.Apply(Member("a", "Anna", "Berg", revision: 5)));
        Assert.False(index.Apply(Member("a", "Old", "Name", revision: 4)));
        Assert.False(index.Apply(Member("a", "Anna", "Berg", revision: 5)));

        Assert.Equal("Berg", index.Find("a")!.LastName);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_newer_listing_moves_the_member_in_every_sort()
    {
        index.Apply(Member("a", "Anna", "Berg", risk: MuscleRetentionRisk.Low, revision: 1));
        index.Apply(Member("b", "Bo", "Carlsen", risk: MuscleRetentionRisk.Moderate, revision: 1));
        index.Apply(Member("a", "Anna", "Ziegler", risk: MuscleRetentionRisk.High, revision: 2));

        Assert.Equal(["b", "a"], Ids(index.Query(RosterQuery.For(null, RosterSort.Name, null, 10))));
        Assert.Equal(["a", "b"], Ids(index.Query(RosterQuery.For(null, RosterSort.Risk, null, 10))));
        Assert.Empty(index.Query(RosterQuery.For("berg", RosterSort.Name, null, 10)).Items);
    }

    [Fact]
    public void An_erased_member_stays_out_when_an_older_listing_arrives_late_but_a_later_life_comes_back()
    {
        index.Apply(Member("a", "Anna", "Berg", revision: 5));
        Assert.True(index.Remove(new RosterTombstone("a", 6, At)));

        Assert.False(index.Apply(Member("a", "Anna", "Berg", revision: 5)));
        Assert.Equal(0, index.Query(RosterQuery.For(null, RosterSort.Name, null, 10)).Matches);

        Assert.True(index.Apply(Member("a", "Anna", "Berg", revision: 7)));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Tombstones_are_forgotten_after_their_lifetime()
    {
        index.Remove(new RosterTombstone("a", 6, At));
        index.Remove(new RosterTombstone("b", 6, At.AddDays(2)));

        Assert.Equal(1, index.ForgetTombstones(At.AddDays(1)));
        Assert.Equal(["b"], index.Tombstones.Select(t => t.AthleteId));
    }

    [Fact]
    public void Pages_follow_the_cursor_and_say_whether_more_follow()
    {
        for (var i = 0; i < 5; i++)
        {
            index.Apply(Member($"m{i}", last: $"Name{i}"));
        }

        var first = index.Query(RosterQuery.For(null, RosterSort.Name, null, 2));
        var second = index.Query(RosterQuery.For(null, RosterSort.Name, first.Items[^1].Key, 2));
        var third = index.Query(RosterQuery.For(null, RosterSort.Name, second.Items[^1].Key, 2));

        Assert.Equal(["m0", "m1"], Ids(first));
        Assert.True(first.HasMore);
        Assert.Equal(["m2", "m3"], Ids(second));
        Assert.Equal(["m4"], Ids(third));
        Assert.False(third.HasMore);
        Assert.All([first, second, third], page => Assert.Equal(5, page.Matches));
    }

    [Fact]
    public void A_cursor_past_the_last_member_is_an_empty_last_page()
    {
        index.Apply(Member("a", last: "Berg"));
        var key = index.Query(RosterQuery.For(null, RosterSort.Name, null, 1)).Items[0].Key;

        var page = index.Query(RosterQuery.For(null, RosterSort.Name, key + "z", 10));

        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
    }

    private static string[] Ids(RosterPage page) => [.. page.Items.Select(item => item.Listing.AthleteId)];
}
