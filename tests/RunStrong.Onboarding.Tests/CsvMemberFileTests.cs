using RunStrong.Onboarding.Tests.Builders;
using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>CSV uploads: encoding, quoting, line endings and the header.</summary>
public sealed class CsvMemberFileTests
{
    private const string Header = MemberLine.Header;

    [Fact]
    public async Task Valid_row_becomes_a_member_with_every_field()
    {
        var member = Accepted(await ReadCsvAsync(new MemberLine()));

        Assert.Equal(new MemberRecord("m-1", "Ada", "Lovelace", "ada@example.com", Sex.Female, 1990, 168, 60, Goal.Maintain), member);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task File_reads_the_same_with_or_without_a_UTF8_byte_order_mark(bool bom)
    {
        var rows = await ReadCsvAsync($"{Header}\nm-1,Zoë,Müller,,female,1990,168,60,build\n", bom);

        var member = Accepted(rows);
        Assert.Equal(("Zoë", "Müller", Goal.Build), (member.FirstName, member.LastName, member.Goal));
    }

    [Fact]
    public async Task Rows_are_numbered_from_0_and_lines_from_1_counting_the_header()
    {
        var rows = await ReadCsvAsync(new MemberLine("a"), new MemberLine("b"), new MemberLine("c"));

        Assert.Equal([(0L, 2L), (1L, 3L), (2L, 4L)], rows.Select(row => (row.Index, row.Line)));
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_and_doubled_quotes()
    {
        var rows = await ReadCsvAsync($"{Header}\n\"m,1\",\"Ada \"\"The Countess\"\"\",\"Lovelace, King\",,female,1990,168,60,\n");

        var member = Accepted(rows);
        Assert.Equal(("m,1", "Ada \"The Countess\"", "Lovelace, King"), (member.ExternalId, member.FirstName, member.LastName));
    }

    [Fact]
    public async Task Lines_stay_right_after_a_field_that_spans_lines()
    {
        var rows = await ReadCsvAsync(
            $"{Header}\nm-1,\"Ada\nAugusta\",Lovelace,,female,1990,168,60,\nm-2,Bea,\"Two\r\nThree\nLines\",,female,1990,168,60,\nm-3,,,,female,1990,168,60,\n");

        Assert.Equal([2L, 4L, 7L], rows.Select(row => row.Line));
        Assert.Equal("Ada\nAugusta", rows[0].Member?.FirstName);
        Assert.Equal(7L, Assert.Single(rows[2].Errors).Line);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public async Task CRLF_and_LF_line_endings_read_alike(string newline)
    {
        var rows = await ReadCsvAsync($"{Header}{newline}{new MemberLine("a").ToCsv()}{newline}{new MemberLine("b").ToCsv()}{newline}");

        Assert.Equal(["a", "b"], rows.Select(row => row.Member?.ExternalId));
        Assert.Equal("Lovelace", rows[1].Member?.LastName);
        Assert.Equal(Goal.Maintain, rows[1].Member?.Goal);
    }

    [Fact]
    public async Task Last_row_without_a_line_ending_is_read()
    {
        var rows = await ReadCsvAsync($"{Header}\n{new MemberLine().ToCsv()}");

        Accepted(rows);
    }

    [Fact]
    public async Task Unknown_columns_are_ignored()
    {
        var rows = await ReadCsvAsync("memberSince,externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal,notes\n2019,m-1,Ada,Lovelace,,female,1990,168,60,build,\"likes hills, hates rain\"\n");

        Assert.Equal("m-1", Accepted(rows).ExternalId);
    }

    [Fact]
    public async Task Columns_may_come_in_any_order_and_any_letter_case()
    {
        var rows = await ReadCsvAsync("Goal,weightKg,heightCm,birthYear,sex,lastName,firstName,ExternalId\nbuild,60,168,1990,female,Lovelace,Ada,m-1\n");

        Assert.Equal(new MemberRecord("m-1", "Ada", "Lovelace", null, Sex.Female, 1990, 168, 60, Goal.Build), Accepted(rows));
    }

    [Fact]
    public async Task Email_and_goal_columns_may_be_left_out()
    {
        var rows = await ReadCsvAsync("externalId,firstName,lastName,sex,birthYear,heightCm,weightKg\nm-1,Ada,Lovelace,female,1990,168,60\n");

        var member = Accepted(rows);
        Assert.Equal((null, (Goal?)null), (member.Email, member.Goal));
    }

    [Fact]
    public async Task Missing_required_column_fails_the_file_naming_the_column()
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() =>
            ReadCsvAsync("firstName,lastName,email,sex,heightCm,weightKg\nAda,Lovelace,,female,168,60\n"));

        Assert.Equal("externalId", error.Field);
        Assert.Contains("externalId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_missing_columns_are_all_named_in_the_message()
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync("email,sex,Nickname\n"));

        Assert.Equal("externalId", error.Field);
        Assert.Contains("lacks required columns externalId, firstName or lastName.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Column_named_twice_fails_the_file()
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync($"{Header},email\n"));

        Assert.Equal("email", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public async Task Empty_file_fails_the_file(string text)
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync(text));

        Assert.Equal("file", error.Field);
    }

    [Fact]
    public async Task File_with_only_a_byte_order_mark_is_empty()
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync("", bom: true));

        Assert.Equal("file", error.Field);
    }

    [Fact]
    public async Task Header_without_rows_reads_no_rows()
    {
        Assert.Empty(await ReadCsvAsync($"{Header}\n"));
    }

    [Fact]
    public async Task Blank_lines_and_comma_only_rows_are_not_rows()
    {
        var rows = await ReadCsvAsync($"{Header}\n{new MemberLine("a").ToCsv()}\n\n,,,,,,,,\n{new MemberLine("b").ToCsv()}\n\n");

        Assert.Equal([(0L, 2L), (1L, 5L)], rows.Select(row => (row.Index, row.Line)));
    }

    [Fact]
    public async Task Row_with_fewer_cells_than_the_header_reports_the_missing_fields()
    {
        var rows = await ReadCsvAsync($"{Header}\nm-1\nm-2,Bea,,,female,1990\n");

        Assert.Equal(["firstName"], rows[0].Errors.Select(error => error.Field));
        Assert.Equal((1990, (double?)null), (rows[1].Member?.BirthYear, rows[1].Member?.HeightCm));
    }

    [Fact]
    public async Task Latin1_file_fails_as_not_UTF8()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes($"{Header}\nm-1,Zoë,Müller,,female,1990,168,60,\n");

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadAsync(latin1, MemberFileFormat.Csv));

        Assert.Equal("file", error.Field);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UTF16_file_fails_as_not_UTF8()
    {
        var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes($"{Header}\n")).ToArray();

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadAsync(utf16, MemberFileFormat.Csv));

        Assert.Equal("file", error.Field);
    }

    [Fact]
    public async Task Reading_leaves_the_stream_open()
    {
        using var stream = new MemoryStream(Bytes($"{Header}\n{new MemberLine().ToCsv()}\n", bom: false));

        await ReadAsync(stream, MemberFileFormat.Csv);

        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task Unclosed_quote_makes_the_rest_of_the_file_one_bad_row()
    {
        var rows = await ReadCsvAsync($"{Header}\n{new MemberLine("a").ToCsv()}\nm-2,Bea,King,,\"female,1990,168,60,\n{new MemberLine("c").ToCsv()}\n");

        Assert.Equal(2, rows.Count);
        Assert.NotNull(rows[0].Member);
        Assert.Equal(3L, rows[1].Line);
        Assert.Null(rows[1].Member);
    }

    [Fact]
    public async Task Cancelled_read_stops_with_OperationCanceledException()
    {
        using var stream = new MemoryStream(Bytes($"{Header}\n{new MemberLine().ToCsv()}\n", bom: false));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var row in MemberFile.ReadAsync(stream, MemberFileFormat.Csv, Today, cancel.Token))
            {
                Assert.Fail($"row {row.Index} was read after cancellation.");
            }
        });
    }
}
