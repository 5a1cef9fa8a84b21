using RunStrong.Onboarding.Tests.Builders;

namespace RunStrong.Onboarding.Tests;

/// <summary>Large files stream: rows come from a generator stream that never exists whole, on disk or in memory.</summary>
public sealed class StreamingTests
{
    private const int Rows = 200_000;

    [Fact]
    public async Task CSV_of_200000_generated_rows_reads_every_row_as_valid()
    {
        using var file = new GeneratedMemberStream(Rows, MemberFileFormat.Csv);

        var (count, valid, lastLine) = await CountAsync(file, MemberFileFormat.Csv);

        Assert.Equal((Rows, Rows, Rows + 1L), (count, valid, lastLine));
    }

    [Fact]
    public async Task NDJSON_of_200000_generated_rows_reads_every_row_as_valid()
    {
        using var file = new GeneratedMemberStream(Rows, MemberFileFormat.Ndjson);

        var (count, valid, lastLine) = await CountAsync(file, MemberFileFormat.Ndjson);

        Assert.Equal((Rows, Rows, (long)Rows), (count, valid, lastLine));
    }

    [Fact]
    public async Task First_rows_arrive_before_the_stream_is_read_to_the_end()
    {
        using var file = new GeneratedMemberStream(Rows, MemberFileFormat.Csv);

        await foreach (var row in MemberFile.ReadAsync(file, MemberFileFormat.Csv, MemberFiles.Today, TestContext.Current.CancellationToken))
        {
            Assert.NotNull(row.Member);
            break;
        }

        Assert.True(file.RowsGenerated < Rows / 10, $"{file.RowsGenerated} rows were generated to read the first one.");
    }

    private static async Task<(int Count, int Valid, long LastLine)> CountAsync(Stream file, MemberFileFormat format)
    {
        int count = 0, valid = 0;
        long lastLine = 0;
        await foreach (var row in MemberFile.ReadAsync(file, format, MemberFiles.Today, TestContext.Current.CancellationToken))
        {
            Assert.Equal(count, row.Index);
            count++;
            valid += row.Member is null ? 0 : 1;
            lastLine = row.Line;
        }

        return (count, valid, lastLine);
    }
}
