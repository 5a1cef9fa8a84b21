namespace RunStrong.Onboarding.Tests;

/// <summary>What a re-import does to a name or email staff edited: the latest write wins, field by field.</summary>
public sealed class MemberReimportTests
{
    private static readonly MemberRecord Row = new("m-1", "Ada", "Lovelace", "ada@example.com", Sex.Female, 1990, 168, 60, Goal.Maintain);

    /// <summary>What staff made of the imported row: a new first name and email.</summary>
    private static readonly MemberIdentity Edited = new("m-1", "Augusta", "Lovelace", "augusta@example.org");

    [Fact]
    public void A_first_import_takes_the_files_name_and_email()
    {
        Assert.Equal(new MemberIdentity("m-1", "Ada", "Lovelace", "ada@example.com"), MemberIdentity.Imported(Row, previous: null, current: null));
    }

    [Fact]
    public void Reimporting_what_the_file_said_before_keeps_staffs_edits()
    {
        Assert.Equal(Edited, MemberIdentity.Imported(Row, previous: Row, current: Edited));
    }

    [Fact]
    public void A_field_the_file_changed_since_its_last_import_takes_the_files_value_and_the_other_edits_stay()
    {
        var moved = Row with { Email = "ada@new-gym.example", LastName = "King" };

        var identity = MemberIdentity.Imported(moved, previous: Row, current: Edited);

        Assert.Equal(new MemberIdentity("m-1", "Augusta", "King", "ada@new-gym.example"), identity);
    }

    [Fact]
    public void An_email_the_file_removed_is_removed_even_after_an_edit()
    {
        Assert.Null(MemberIdentity.Imported(Row with { Email = null }, previous: Row, current: Edited).Email);
    }

    [Fact]
    public void The_first_import_of_an_athlete_staff_had_named_takes_the_file_and_its_external_id()
    {
        var named = new MemberIdentity(null, "Augusta", "King", null);

        Assert.Equal(MemberIdentity.Of(Row), MemberIdentity.Imported(Row, previous: null, current: named));
    }
}
