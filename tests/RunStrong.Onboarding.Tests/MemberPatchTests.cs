using RunStrong.Onboarding.Tests.Builders;
using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>Staff's merge-patch edit of a member's name and email, checked by the import's own rules.</summary>
public sealed class MemberPatchTests
{
    private static readonly MemberIdentity Imported = new("m-1", "Ada", "Lovelace", "ada@example.com");

    [Fact]
    public void A_field_left_out_keeps_its_value()
    {
        var edited = Edit(new MemberPatch(null, null, Sent("ada@analytical.example")), Imported);

        Assert.Equal(Imported with { Email = "ada@analytical.example" }, edited);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_email_sent_as_null_or_blank_is_removed(string? email)
    {
        Assert.Null(Edit(new MemberPatch(null, null, Sent(email)), Imported).Email);
    }

    [Fact]
    public void Sent_values_are_trimmed_as_the_import_trims_them()
    {
        var edited = Edit(new MemberPatch(Sent(" Augusta "), Sent(" King "), Sent(" ada@example.com ")), Imported);

        Assert.Equal(("Augusta", "King", "ada@example.com"), (edited.FirstName, edited.LastName, edited.Email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_name_may_be_removed_while_the_other_remains_but_not_both(string? name)
    {
        var edited = Edit(new MemberPatch(Sent(name), null, null), Imported);
        Assert.Equal(("", "Lovelace"), (edited.FirstName, edited.LastName));

        var error = Assert.Single(Refused(new MemberPatch(Sent(name), Sent(name), null), Imported));
        Assert.Equal(("firstName", "firstName or lastName is required: a member needs at least one name."), error);
    }

    [Fact]
    public void The_external_id_stays_the_imports()
    {
        Assert.Equal("m-1", Edit(new MemberPatch(Sent("Augusta"), null, null), Imported).ExternalId);
    }

    [Fact]
    public void Without_member_data_an_edit_with_both_names_creates_it_without_an_external_id()
    {
        var edited = Edit(new MemberPatch(Sent("Ada"), Sent("Lovelace"), null), current: null);

        Assert.Equal(new MemberIdentity(null, "Ada", "Lovelace", null), edited);
    }

    [Fact]
    public void Without_member_data_an_edit_without_a_name_is_refused_naming_firstName()
    {
        var errors = Refused(new MemberPatch(null, null, Sent("ada@example.com")), current: null);

        Assert.Equal(["firstName"], errors.Select(e => e.Field));
        Assert.Equal(new MemberIdentity(null, "", "Lovelace", null), Edit(new MemberPatch(null, Sent("Lovelace"), null), current: null));
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var errors = Refused(new MemberPatch(Sent(new string('a', 101)), Sent(new string('b', 101)), Sent("ada.example.com")), Imported);

        Assert.Equal(["firstName", "lastName", "email"], errors.Select(e => e.Field));
    }

    /// <summary>Values just inside and outside the import's rules (254 characters is the longest address).</summary>
    public static TheoryData<string, string> ImportVerdicts => new()
    {
        { "email", "ada@example.com" },
        { "email", "ada.example.com" },
        { "email", "ada@localhost" },
        { "email", "ada lovelace@example.com" },
        { "email", "+44 20 7946 0000" },
        { "email", new string('a', 242) + "@example.com" },
        { "email", new string('a', 243) + "@example.com" },
        { "firstName", "x" },
        { "firstName", new string('a', 100) },
        { "firstName", new string('a', 101) },
        { "lastName", "" },
    };

    [Theory]
    [MemberData(nameof(ImportVerdicts))]
    public async Task An_edit_accepts_and_refuses_exactly_what_the_import_does(string field, string text)
    {
        var line = field switch
        {
            "email" => new MemberLine(Email: text),
            "firstName" => new MemberLine(FirstName: text),
            _ => new MemberLine(LastName: text),
        };
        var patch = field switch
        {
            "email" => new MemberPatch(null, null, Sent(text)),
            "firstName" => new MemberPatch(Sent(text), null, null),
            _ => new MemberPatch(null, Sent(text), null),
        };

        var row = Assert.Single(await ReadCsvAsync(line));
        var edit = patch.ApplyTo(Imported);

        Assert.Equal(row.Errors.Select(e => (e.Field, e.Message)), edit.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(row.Member is null, !edit.IsValid);
    }

    private static PatchValue Sent(string? value) => new(value);

    private static MemberIdentity Edit(MemberPatch patch, MemberIdentity? current)
    {
        var edit = patch.ApplyTo(current);
        Assert.True(edit.IsValid, string.Join("; ", edit.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return edit.Value;
    }

    private static List<(string Field, string Message)> Refused(MemberPatch patch, MemberIdentity? current)
    {
        var edit = patch.ApplyTo(current);
        Assert.False(edit.IsValid);
        return [.. edit.Errors.Select(e => (e.Field, e.Message))];
    }
}
