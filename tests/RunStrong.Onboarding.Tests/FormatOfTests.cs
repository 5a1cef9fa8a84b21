namespace RunStrong.Onboarding.Tests;

/// <summary>Which reader an upload's Content-Type selects.</summary>
public sealed class FormatOfTests
{
    [Theory]
    [InlineData("text/csv", MemberFileFormat.Csv)]
    [InlineData("text/csv; charset=utf-8", MemberFileFormat.Csv)]
    [InlineData("Text/CSV;charset=UTF-8", MemberFileFormat.Csv)]
    [InlineData(" text/csv ", MemberFileFormat.Csv)]
    [InlineData("application/x-ndjson", MemberFileFormat.Ndjson)]
    [InlineData("application/x-ndjson; charset=utf-8", MemberFileFormat.Ndjson)]
    public void Csv_and_ndjson_content_types_select_their_format(string contentType, MemberFileFormat expected)
    {
        Assert.Equal(expected, MemberFile.FormatOf(contentType));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("text/csvx")]
    [InlineData("multipart/form-data; boundary=x")]
    public void Other_content_types_select_no_format(string? contentType)
    {
        Assert.Null(MemberFile.FormatOf(contentType));
    }
}
