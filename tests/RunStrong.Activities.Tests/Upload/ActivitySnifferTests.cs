using System.Text;
using RunStrong.Activities.Tests.Fit;
using RunStrong.Activities.Upload;
using Xunit;

namespace RunStrong.Activities.Tests.Upload;

/// <summary>The format comes from the content: FIT by its header, TCX and GPX by their root element.</summary>
public sealed class ActivitySnifferTests
{
    [Theory]
    [InlineData("2013-02-06-12-11-14.fit", ActivityFormat.Fit)]
    [InlineData("Settings.fit", ActivityFormat.Fit)]
    [InlineData("test.tcx", ActivityFormat.Tcx)]
    [InlineData("cerknicko-jezero.gpx", ActivityFormat.Gpx)]
    [InlineData("unicode_with_bom.gpx", ActivityFormat.Gpx)]
    [InlineData("gpx_with_garmin_extension.gpx", ActivityFormat.Gpx)]
    public void Real_files_are_recognised_from_their_first_bytes(string file, ActivityFormat format)
    {
        var bytes = FitFixtures.Bytes(file);

        Assert.Equal(format, ActivitySniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ActivitySniffer.HeadBytes))));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- exported -->\n<tcx:TrainingCenterDatabase xmlns:tcx=\"x\">", ActivityFormat.Tcx)]
    [InlineData("  \n<gpx version=\"1.0\">", ActivityFormat.Gpx)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"b\">]><gpx>", ActivityFormat.Gpx)]
    [InlineData("<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">", null)]
    [InlineData("{\"json\": true}", null)]
    [InlineData("externalId,firstName\n", null)]
    [InlineData("", null)]
    public void Xml_is_told_by_its_root_element_and_anything_else_is_none(string head, ActivityFormat? format) =>
        Assert.Equal(format, ActivitySniffer.Sniff(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void A_fit_header_needs_its_size_and_signature()
    {
        var header = FitFixtures.Bytes("2013-02-06-12-11-14.fit")[..14];
        var wrongSize = (byte[])header.Clone();
        wrongSize[0] = 13;
        var wrongSignature = (byte[])header.Clone();
        wrongSignature[9] = (byte)'X';

        Assert.Equal(ActivityFormat.Fit, ActivitySniffer.Sniff(header));
        Assert.Null(ActivitySniffer.Sniff(wrongSize));
        Assert.Null(ActivitySniffer.Sniff(wrongSignature));
        Assert.Null(ActivitySniffer.Sniff(header.AsSpan(0, 11)));
    }

    [Fact]
    public void Gzip_is_told_by_its_magic_bytes()
    {
        Assert.True(ActivitySniffer.IsGzip([0x1f, 0x8b, 8]));
        Assert.False(ActivitySniffer.IsGzip([0x1f]));
        Assert.False(ActivitySniffer.IsGzip("<gpx"u8));
    }
}
