using System.Text;
using nietras.SeparatedValues;
using RunStrong.Onboarding.Tests.Builders;

namespace RunStrong.Onboarding.Tests;

/// <summary>The downloadable CSV of row errors.</summary>
public sealed class ErrorReportTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Fact]
    public async Task Report_has_a_header_and_one_line_per_error()
    {
        var csv = await WriteAsync(new RowError(2, "heightCm", "heightCm must be between 100 and 250 cm."), new RowError(7, "body", "oops"));

        Assert.Equal($"line,field,message{NewLine}2,heightCm,heightCm must be between 100 and 250 cm.{NewLine}7,body,oops{NewLine}", csv);
    }

    [Fact]
    public async Task Values_with_commas_quotes_or_newlines_are_quoted()
    {
        var csv = await WriteAsync(new RowError(3, "goal", "goal must be one of: maintain, build."), new RowError(4, "x", "say \"hi\"\nthen go"));

        Assert.Equal(
            $"line,field,message{NewLine}3,goal,\"goal must be one of: maintain, build.\"{NewLine}4,x,\"say \"\"hi\"\"\nthen go\"{NewLine}",
            csv);
    }

    [Fact]
    public async Task Report_reads_back_through_the_member_file_CSV_parser_unchanged()
    {
        RowError[] errors = [new(3, "goal", "a, b"), new(4, "email", "\"quoted\"\r\nand more")];

        var csv = await WriteAsync(errors);

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv);
        var read = new List<RowError>();
        foreach (var row in reader)
        {
            read.Add(new RowError(row["line"].Parse<long>(), row["field"].ToString(), row["message"].ToString()));
        }

        Assert.Equal(errors, read);
    }

    [Fact]
    public async Task Report_without_errors_is_the_header_alone()
    {
        Assert.Equal($"line,field,message{NewLine}", await WriteAsync());
    }

    [Fact]
    public async Task Report_of_a_read_file_lists_its_row_errors()
    {
        using var file = new MemoryStream(MemberFiles.Bytes($"{MemberLine.Header}\n{new MemberLine(Sex: "x").ToCsv()}\n", bom: false));
        var errors = MemberFile.ReadAsync(file, MemberFileFormat.Csv, MemberFiles.Today, TestContext.Current.CancellationToken)
            .SelectMany(row => row.Errors.ToAsyncEnumerable());
        using var output = new MemoryStream();

        await ErrorReport.WriteCsvAsync(errors, output, TestContext.Current.CancellationToken);

        Assert.Equal($"line,field,message{NewLine}2,sex,\"sex must be one of: female, male, other, unspecified.\"{NewLine}", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static async Task<string> WriteAsync(params RowError[] errors)
    {
        using var output = new MemoryStream();
        await ErrorReport.WriteCsvAsync(errors.ToAsyncEnumerable(), output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
