using RunStrong.Onboarding.Tests.Builders;
using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>An external id names one member: a repeat within the file is an error on the later row.</summary>
public sealed class DuplicateExternalIdTests
{
    [Fact]
    public async Task Later_row_with_a_seen_externalId_is_rejected_naming_the_first_line()
    {
        var rows = await ReadCsvAsync(new MemberLine("m-1"), new MemberLine("m-2"), new MemberLine("m-1", FirstName: "Other"));

        Assert.NotNull(rows[0].Member);
        Assert.NotNull(rows[1].Member);
        var error = RejectedOnly([rows[2]], "externalId");
        Assert.Equal("externalId duplicates line 2.", error.Message);
        Assert.Equal(4L, error.Line);
    }

    [Fact]
    public async Task Third_occurrence_still_names_the_first_line()
    {
        var rows = await ReadNdjsonAsync(new MemberLine("m-1"), new MemberLine("m-1"), new MemberLine("m-1"));

        Assert.Equal(["externalId duplicates line 1.", "externalId duplicates line 1."], rows.Skip(1).Select(row => Assert.Single(row.Errors).Message));
    }

    [Fact]
    public async Task Id_of_an_invalid_row_still_counts_as_seen()
    {
        var rows = await ReadCsvAsync(new MemberLine("m-1", HeightCm: "17"), new MemberLine("m-1"));

        Assert.Equal(["heightCm"], rows[0].Errors.Select(error => error.Field));
        Assert.Equal("externalId duplicates line 2.", RejectedOnly([rows[1]], "externalId").Message);
    }

    [Fact]
    public async Task Duplicate_is_reported_alongside_the_row_s_other_errors()
    {
        var rows = await ReadCsvAsync(new MemberLine("m-1"), new MemberLine("m-1", Goal: "lose"));

        Assert.Equal(["externalId", "goal"], rows[1].Errors.Select(error => error.Field));
    }

    [Fact]
    public async Task ExternalIds_differing_only_in_letter_case_are_different_members()
    {
        var rows = await ReadCsvAsync(new MemberLine("abc"), new MemberLine("ABC"));

        Assert.All(rows, row => Assert.NotNull(row.Member));
    }

    [Fact]
    public async Task ExternalIds_differing_only_in_surrounding_spaces_are_the_same_member()
    {
        var rows = await ReadCsvAsync(new MemberLine("m-1"), new MemberLine(" m-1 "));

        RejectedOnly([rows[1]], "externalId");
    }
}
