using RunStrong.Challenges.Standings;

namespace RunStrong.Challenges.Tests.Standings;

/// <summary>A participant table keeps each athlete at the highest revision it has seen; a null team is a departure.</summary>
public sealed class ParticipantTableTests
{
    private static ScoreUpdate Update(string athlete, string? team, long hundredths, long revision) =>
        new(athlete, team, new Score(hundredths), revision, $"rev-{revision}");

    [Fact]
    public void A_first_update_adds_the_athlete()
    {
        var table = new ParticipantTable();

        Assert.True(table.Apply(Update("ana", "blue", 1250, 1)));

        Assert.Equal(1, table.Count);
        Assert.Equal(new Participant("ana", "blue", new Score(1250), 1), table.Find("ana"));
    }

    [Fact]
    public void A_duplicate_update_is_ignored()
    {
        var table = new ParticipantTable();
        table.Apply(Update("ana", "blue", 1250, 1));

        Assert.False(table.Apply(Update("ana", "blue", 1250, 1)));

        Assert.Equal(1, table.Count);
        Assert.Equal(new Participant("ana", "blue", new Score(1250), 1), table.Find("ana"));
    }

    [Fact]
    public void An_older_revision_after_a_newer_one_is_ignored()
    {
        var table = new ParticipantTable();
        table.Apply(Update("ana", "red", 3000, 3));

        Assert.False(table.Apply(Update("ana", "blue", 2000, 2)));

        Assert.Equal(new Participant("ana", "red", new Score(3000), 3), table.Find("ana"));
    }

    [Fact]
    public void A_departure_removes_the_athlete_and_a_stale_re_add_is_ignored()
    {
        var table = new ParticipantTable();
        table.Apply(Update("ana", "blue", 1000, 1));

        Assert.True(table.Apply(Update("ana", null, 0, 3)));
        Assert.Null(table.Find("ana"));
        Assert.Equal(0, table.Count);

        // Revision 2 (a score update sent before the departure) arrives late.
        Assert.False(table.Apply(Update("ana", "blue", 1500, 2)));

        Assert.Null(table.Find("ana"));
        Assert.Equal([new KeyValuePair<string, long>("ana", 3)], table.Departed);
    }

    [Fact]
    public void A_re_join_with_a_newer_revision_is_applied()
    {
        var table = new ParticipantTable();
        table.Apply(Update("ana", "blue", 1000, 1));
        table.Apply(Update("ana", null, 0, 2));

        Assert.True(table.Apply(Update("ana", "red", 1000, 3)));

        Assert.Equal(new Participant("ana", "red", new Score(1000), 3), table.Find("ana"));
        Assert.Empty(table.Departed);
    }

    [Fact]
    public void A_departure_that_arrives_first_still_blocks_the_older_join()
    {
        var table = new ParticipantTable();

        Assert.True(table.ApplyDeparture("ana", 2));
        Assert.False(table.Apply(new Participant("ana", "blue", new Score(1000), 1)));

        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Athletes_are_independent()
    {
        var table = new ParticipantTable();
        table.Apply(Update("ana", "blue", 1000, 5));

        // Bo's revision 1 is lower than Ana's 5 but is Bo's first.
        Assert.True(table.Apply(Update("bo", "red", 700, 1)));

        Assert.Equal(["ana", "bo"], table.All.Select(p => p.AthleteId).Order(StringComparer.Ordinal));
    }
}
