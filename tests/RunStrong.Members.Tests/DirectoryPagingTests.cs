using FsCheck;
using FsCheck.Fluent;
using static RunStrong.Members.Tests.Listings;

namespace RunStrong.Members.Tests;

/// <summary>
/// Paging the directory the way the silo does it (every shard's page after the cursor, merged) while members are
/// added between pages, in every sort and with searches: no member there from the start is skipped or repeated.
/// </summary>
public class DirectoryPagingTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly string[] Names = ["Berg", "Åberg", "Müller", "Lie", "Groß", "Ng", "O'Neil", "", "Berg-Lie"];

    [Fact]
    public void Every_member_appears_exactly_once_while_others_are_added_between_pages()
    {
        var scenario =
            from initial in Gen.Choose(0, 120)
            from added in Gen.Choose(0, 60)
            from limit in Gen.Choose(1, 25)
            from sort in Gen.Elements(Enum.GetValues<RosterSort>())
            from seed in Gen.Choose(0, int.MaxValue)
            select (initial, added, limit, sort, seed);

        Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            var random = new Random(s.seed);
            var shards = Enumerable.Range(0, RosterSharding.ShardCount).Select(_ => new RosterIndex()).ToArray();
            void Add(string id) => shards[RosterSharding.ShardOf(id)].Apply(RandomMember(id, random));

            var initial = Enumerable.Range(0, s.initial).Select(i => $"m{i}").ToList();
            initial.ForEach(Add);

            var seen = new List<string>();
            string? after = null;
            var addedSoFar = 0;
            do
            {
                var query = RosterQuery.For(null, s.sort, after, s.limit);
                var page = RosterPage.Merge(shards.Select(shard => shard.Query(query)), s.limit);
                seen.AddRange(page.Items.Select(item => item.Listing.AthleteId));
                after = page.HasMore ? page.Items[^1].Key : null;

                // Members joining meanwhile, anywhere in the order.
                for (var i = 0; i < 3 && addedSoFar < s.added; i++)
                {
                    Add($"new{addedSoFar++}");
                }
            }
            while (after is not null);

            return seen.Distinct().Count() == seen.Count && initial.All(seen.Contains);
        }).Check(Runs);
    }

    [Fact]
    public void Search_pages_hold_every_match_once_and_total_counts_them()
    {
        var shards = Enumerable.Range(0, RosterSharding.ShardCount).Select(_ => new RosterIndex()).ToArray();
        for (var i = 0; i < 200; i++)
        {
            var id = $"m{i}";
            shards[RosterSharding.ShardOf(id)].Apply(Member(id, first: i % 3 == 0 ? "Øyvind" : "Ola", last: $"Lie{i}"));
        }

        var seen = new List<string>();
        string? after = null;
        var total = 0;
        do
        {
            var query = RosterQuery.For("oyv", RosterSort.Name, after, 7);
            var page = RosterPage.Merge(shards.Select(shard => shard.Query(query)), 7);
            seen.AddRange(page.Items.Select(item => item.Listing.AthleteId));
            total = page.Matches;
            after = page.HasMore ? page.Items[^1].Key : null;
        }
        while (after is not null);

        Assert.Equal(67, total);
        Assert.Equal(67, seen.Distinct().Count());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData(RosterSort.Name)]
    [InlineData(RosterSort.Risk)]
    [InlineData(RosterSort.LastActive)]
    public void A_cursor_reads_back_only_in_its_own_sort(RosterSort sort)
    {
        var cursor = RosterCursor.Encode(sort, "berg\u0001anna\u0001a1");

        Assert.True(RosterCursor.TryDecode(cursor, sort, out var key));
        Assert.Equal("berg\u0001anna\u0001a1", key);
        Assert.All(Enum.GetValues<RosterSort>().Where(other => other != sort), other => Assert.False(RosterCursor.TryDecode(cursor, other, out _)));
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("cjE")]
    [InlineData("____")]
    [InlineData("")]
    public void Anything_else_is_not_a_cursor(string text) => Assert.False(RosterCursor.TryDecode(text, RosterSort.Name, out _));

    private static MemberListing RandomMember(string id, Random random) => Member(
        id,
        first: Names[random.Next(Names.Length)],
        last: Names[random.Next(Names.Length)],
        risk: random.Next(4) switch { 0 => MuscleRetentionRisk.High, 1 => MuscleRetentionRisk.Moderate, 2 => MuscleRetentionRisk.Low, _ => null },
        lastActive: random.Next(3) == 0 ? null : new DateOnly(2026, 9, 1).AddDays(random.Next(60)));
}
