using RunStrong.Onboarding.Tests.Builders;
using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>NDJSON uploads: one JSON object per line, typed values, bad lines reported and skipped past.</summary>
public sealed class NdjsonMemberFileTests
{
    [Fact]
    public async Task Valid_object_becomes_a_member_with_every_field()
    {
        var member = Accepted(await ReadNdjsonAsync(new MemberLine(Goal: "build")));

        Assert.Equal(new MemberRecord("m-1", "Ada", "Lovelace", "ada@example.com", Sex.Female, 1990, 168, 60, Goal.Build), member);
    }

    [Fact]
    public async Task Rows_are_numbered_from_0_and_lines_from_1()
    {
        var rows = await ReadNdjsonAsync(new MemberLine("a"), new MemberLine("b"));

        Assert.Equal([(0L, 1L), (1L, 2L)], rows.Select(row => (row.Index, row.Line)));
    }

    [Fact]
    public async Task Malformed_line_is_a_body_error_on_its_line_and_reading_goes_on()
    {
        var rows = await ReadNdjsonAsync($"{new MemberLine("a").ToJson()}\n{{\"externalId\": \"b\", \n{new MemberLine("c").ToJson()}\n");

        Assert.Equal(3, rows.Count);
        var error = Assert.Single(rows[1].Errors);
        Assert.Equal((2L, "body"), (error.Line, error.Field));
        Assert.Null(rows[1].Member);
        Assert.Equal("c", rows[2].Member?.ExternalId);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"member\"")]
    [InlineData("42")]
    public async Task Line_holding_a_value_other_than_an_object_is_a_body_error(string line)
    {
        var error = RejectedOnly(await ReadNdjsonAsync(line + "\n"), "body");

        Assert.Equal(1L, error.Line);
    }

    [Fact]
    public async Task Two_objects_on_one_line_are_a_body_error()
    {
        var line = new MemberLine().ToJson();

        RejectedOnly(await ReadNdjsonAsync($"{line} {line}\n"), "body");
    }

    [Fact]
    public async Task Number_given_as_a_string_is_rejected_naming_the_field()
    {
        var error = RejectedOnly(
            await ReadNdjsonAsync("{\"externalId\":\"m-1\",\"firstName\":\"Ada\",\"lastName\":\"L\",\"sex\":\"female\",\"birthYear\":\"1990\",\"heightCm\":168,\"weightKg\":60}\n"),
            "birthYear");

        Assert.Equal("birthYear must be a number.", error.Message);
    }

    [Fact]
    public async Task Text_given_as_a_number_or_object_is_rejected_naming_the_field()
    {
        var rows = await ReadNdjsonAsync("{\"externalId\":12345,\"firstName\":\"Ada\",\"lastName\":{\"family\":\"L\"},\"sex\":\"female\",\"birthYear\":1990,\"heightCm\":168,\"weightKg\":60}\n");

        var row = Assert.Single(rows);
        Assert.Equal(["externalId", "lastName"], row.Errors.Select(error => error.Field));
        Assert.Equal("externalId must be a string.", row.Errors[0].Message);
    }

    [Fact]
    public async Task Fractional_birth_year_is_rejected()
    {
        RejectedOnly(await ReadNdjsonAsync(new MemberLine(BirthYear: "1990.5")), "birthYear");
    }

    [Fact]
    public async Task Null_values_and_unknown_properties_are_ignored()
    {
        var rows = await ReadNdjsonAsync("{\"externalId\":\"m-1\",\"firstName\":\"Ada\",\"lastName\":\"L\",\"email\":null,\"goal\":null,\"sex\":\"female\",\"birthYear\":1990,\"heightCm\":168,\"weightKg\":60,\"tags\":[\"a\",{\"b\":1}]}\n");

        var member = Accepted(rows);
        Assert.Equal((null, (Goal?)null), (member.Email, member.Goal));
    }

    [Fact]
    public async Task Blank_lines_CRLF_and_a_byte_order_mark_are_tolerated()
    {
        var text = $"{new MemberLine("a").ToJson()}\r\n\r\n  \n{new MemberLine("b").ToJson()}";

        var rows = await ReadAsync(Bytes(text, bom: true), MemberFileFormat.Ndjson);

        Assert.Equal([(0L, 1L, "a"), (1L, 4L, "b")], rows.Select(row => (row.Index, row.Line, row.Member?.ExternalId)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public async Task Empty_file_fails_the_file(string text)
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadNdjsonAsync(text));

        Assert.Equal("file", error.Field);
    }

    [Fact]
    public async Task Invalid_UTF8_fails_the_file()
    {
        byte[] bytes = [.. Bytes("{\"firstName\":\"Zo", bom: false), 0xEB, .. Bytes("\"}\n", bom: false)];

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadAsync(bytes, MemberFileFormat.Ndjson));

        Assert.Equal("file", error.Field);
    }

    [Fact]
    public async Task Line_longer_than_the_row_cap_fails_the_file()
    {
        var text = "[" + string.Join(",", Enumerable.Repeat(new MemberLine().ToJson(), 8000)) + "]\n";

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadNdjsonAsync(text));

        Assert.Equal("file", error.Field);
    }
}
