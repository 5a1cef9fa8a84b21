using FsCheck;
using FsCheck.Fluent;
using RunStrong.Challenges.Standings;

namespace RunStrong.Challenges.Tests.Standings;

/// <summary>
/// Deliveries may arrive in any order and more than once: the table must end up the same as if every update had
/// arrived once, in revision order (FsCheck; FsCheck.Xunit.v3 needs xunit.v3 4.x, so properties run inside facts).
/// </summary>
public sealed class ParticipantTableProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true);

    private static readonly string[] AthleteIds = ["ana", "bo", "cy", "dee", "eli"];

    /// <summary>Updates as athletes produce them: each athlete's revisions strictly increase (unique per athlete).</summary>
    private static readonly Gen<ScoreUpdate[]> Produced =
        from steps in Gen.ListOf(
            from athlete in Gen.Elements(AthleteIds)
            from team in Gen.Elements<string?>("red", "blue", null)
            from hundredths in Gen.Choose(0, 100_000)
            from gap in Gen.Choose(1, 3)
            select (athlete, team, hundredths, gap))
        select Revise(steps);

    /// <summary>What a shard receives: every update at least once, some again, in any order.</summary>
    private static readonly Arbitrary<(ScoreUpdate[] Produced, ScoreUpdate[] Received)> Deliveries = (
        from produced in Produced
        from duplicates in Gen.SubListOf(produced)
        from received in Gen.Shuffle(produced.Concat(duplicates).Concat(duplicates))
        select (produced, received)).ToArbitrary();

    [Fact]
    public void Any_order_with_duplicates_yields_the_table_of_revision_order() =>
        Prop.ForAll(Deliveries, d =>
        {
            var inOrder = TableOf(d.Produced.OrderBy(u => u.Revision));
            var shuffled = TableOf(d.Received);
            return Describe(shuffled) == Describe(inOrder);
        }).Check(Runs);

    [Fact]
    public void Each_athlete_ends_at_their_latest_update() =>
        Prop.ForAll(Deliveries, d =>
        {
            var table = TableOf(d.Received);
            var latest = d.Produced.GroupBy(u => u.AthleteId).Select(g => g.MaxBy(u => u.Revision)!).ToList();
            return latest.All(u => table.Find(u.AthleteId) == (u.TeamId is null ? null : new Participant(u.AthleteId, u.TeamId, u.Score, u.Revision)))
                && table.Count == latest.Count(u => u.TeamId is not null);
        }).Check(Runs);

    private static ScoreUpdate[] Revise(IEnumerable<(string Athlete, string? Team, int Hundredths, int Gap)> steps)
    {
        var revisions = new Dictionary<string, long>(StringComparer.Ordinal);
        var updates = new List<ScoreUpdate>();
        foreach (var (athlete, team, hundredths, gap) in steps)
        {
            var revision = revisions.GetValueOrDefault(athlete) + gap;
            revisions[athlete] = revision;
            updates.Add(new ScoreUpdate(athlete, team, new Score(hundredths), revision, null));
        }

        return [.. updates];
    }

    private static ParticipantTable TableOf(IEnumerable<ScoreUpdate> updates)
    {
        var table = new ParticipantTable();
        foreach (var update in updates)
        {
            table.Apply(update);
        }

        return table;
    }

    private static string Describe(ParticipantTable table) =>
        string.Join(';', table.All.OrderBy(p => p.AthleteId, StringComparer.Ordinal).Select(p => p.ToString()))
        + "|" + string.Join(';', table.Departed.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}@{d.Value}"));
}
