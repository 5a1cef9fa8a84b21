using System.Diagnostics;
using RunStrong.Onboarding.Tests.Builders;
using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>
/// One row may hold at most <see cref="MemberFileLimits.MaxRowChars"/> characters. A longer one fails the file at
/// once with a <see cref="MemberFileException"/> naming the line and the cap, without the reader buffering the row.
/// </summary>
public sealed class RowCapTests
{
    private const long HugeField = 17_000_000;

    /// <summary>Generously above the cap plus the readers' buffers: proof that the huge field was not read whole.</summary>
    private const long ReadBound = 1024 * 1024;

    private static readonly string Cap = MemberFileLimits.MaxRowChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_CSV_field_of_17_million_characters_fails_the_file_quickly_naming_its_line_and_the_cap()
    {
        using var file = new LongRowStream($"{MemberLine.Header}\nm-1,", (byte)'x', HugeField, ",Lovelace,,female,1990,168,60,\n");
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadAsync(file, MemberFileFormat.Csv));

        Assert.Equal("file", error.Field);
        Assert.Contains("line 2 ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"longer than {Cap} characters", error.Message, StringComparison.Ordinal);
        Assert.True(file.BytesRead < ReadBound, $"{file.BytesRead:N0} bytes were read to refuse the row.");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Refusing the row took {clock.Elapsed}.");
    }

    [Fact]
    public async Task A_CSV_quote_never_closed_fails_the_file_at_the_cap_naming_the_line_where_the_row_starts()
    {
        var rows = string.Concat(Enumerable.Repeat(new MemberLine().ToCsv() + "\n", 2_000));
        var text = $"{MemberLine.Header}\n{new MemberLine("a").ToCsv()}\nm-2,\"Bea,King,,female,1990,168,60,\n{rows}";

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync(text));

        Assert.Contains("line 3 ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Cap, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CSV_row_of_exactly_the_cap_is_read_as_a_row()
    {
        var prefix = "m-1,";
        var suffix = ",Lovelace,,female,1990,168,60,";
        var name = new string('y', MemberFileLimits.MaxRowChars - prefix.Length - suffix.Length);

        var rows = await ReadCsvAsync($"{MemberLine.Header}\n{prefix}{name}{suffix}\n{new MemberLine("m-2").ToCsv()}\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("firstName", Assert.Single(rows[0].Errors).Field);
        Assert.NotNull(rows[1].Member);
    }

    [Fact]
    public async Task A_CSV_row_one_character_over_the_cap_fails_the_file()
    {
        var name = new string('y', MemberFileLimits.MaxRowChars + 1);

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync($"{MemberLine.Header}\r\n{new MemberLine().ToCsv()}\r\nm-2,{name}\r\n"));

        Assert.Contains("line 3 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_NDJSON_line_of_17_million_characters_fails_the_file_quickly_naming_its_line_and_the_cap()
    {
        var member = new MemberLine().ToJson();
        using var file = new LongRowStream($"{member}\n{{\"externalId\":\"m-2\",\"firstName\":\"", (byte)'x', HugeField, "\"}\n");

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadAsync(file, MemberFileFormat.Ndjson));

        Assert.Equal("file", error.Field);
        Assert.Contains("line 2 ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"longer than {Cap} characters", error.Message, StringComparison.Ordinal);
        Assert.True(file.BytesRead < ReadBound, $"{file.BytesRead:N0} bytes were read to refuse the line.");
    }

    [Fact]
    public async Task An_NDJSON_line_counts_characters_not_bytes_against_the_cap()
    {
        // 40,000 three-byte characters: 120,000 bytes, but within the cap in characters.
        var line = $"{{\"externalId\":\"m-1\",\"firstName\":\"{new string('€', 40_000)}\"}}";

        var row = Assert.Single(await ReadNdjsonAsync(line + "\n"));

        Assert.Equal("firstName", row.Errors[0].Field);
    }

    [Fact]
    public async Task An_NDJSON_line_over_the_cap_in_characters_fails_the_file()
    {
        var line = $"{{\"externalId\":\"m-1\",\"firstName\":\"{new string('€', MemberFileLimits.MaxRowChars)}\"}}";

        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadNdjsonAsync(line + "\n"));

        Assert.Contains("line 1 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_stream_that_fails_mid_file_is_not_blamed_on_the_file()
    {
        using var file = new LongRowStream($"{MemberLine.Header}\n{new MemberLine().ToCsv()}\n", (byte)'\n', 200_000, "", failAfterBytes: 100_000);

        await Assert.ThrowsAsync<IOException>(() => ReadAsync(file, MemberFileFormat.Csv));
    }
}
