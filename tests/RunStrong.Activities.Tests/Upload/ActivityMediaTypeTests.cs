using RunStrong.Activities.Upload;
using Xunit;

namespace RunStrong.Activities.Tests.Upload;

/// <summary>Which Content-Type and Content-Encoding an activity file may come with, and when it is gzipped.</summary>
public sealed class ActivityMediaTypeTests
{
    [Theory]
    [InlineData("application/vnd.ant.fit", null, false)]
    [InlineData("application/gpx+xml; charset=utf-8", null, false)]
    [InlineData("APPLICATION/VND.GARMIN.TCX+XML", null, false)]
    [InlineData("application/octet-stream", "gzip", true)]
    [InlineData("application/gzip", null, true)]
    [InlineData("application/x-gzip", "identity", true)]
    [InlineData(null, null, false)]
    [InlineData("text/xml", "x-gzip", true)]
    public void Activity_types_are_accepted_and_gzip_recognised(string? contentType, string? encoding, bool gzipped) =>
        Assert.Equal(gzipped, ActivityMediaType.Of(contentType, encoding)?.Gzipped);

    [Theory]
    [InlineData("application/json", null)]
    [InlineData("text/csv", null)]
    [InlineData("image/png", null)]
    [InlineData("application/vnd.ant.fit", "br")]
    [InlineData("application/vnd.ant.fit", "deflate")]
    public void Other_types_and_encodings_are_refused(string contentType, string? encoding) =>
        Assert.Null(ActivityMediaType.Of(contentType, encoding));
}
