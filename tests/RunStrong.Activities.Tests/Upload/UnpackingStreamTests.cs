using System.IO.Compression;
using RunStrong.Activities.Upload;
using Xunit;

namespace RunStrong.Activities.Tests.Upload;

/// <summary>Unpacking an upload within the limits: a bomb is stopped after reading a little of it, never inflated whole.</summary>
public sealed class UnpackingStreamTests
{
    [Fact]
    public void A_gzipped_file_reads_back_whole_and_a_plain_one_passes_through()
    {
        var file = RandomBytes(300_000, seed: 1);

        Assert.Equal(file, ReadAll(new UnpackingStream(new MemoryStream(Gzip(file)), gzipped: true)));
        Assert.Equal(file, ReadAll(new UnpackingStream(new MemoryStream(file), gzipped: false)));
    }

    [Fact]
    public void Two_gzip_members_in_a_row_are_one_file()
    {
        var (first, second) = (RandomBytes(1000, seed: 2), RandomBytes(2000, seed: 3));

        Assert.Equal([.. first, .. second], ReadAll(new UnpackingStream(new MemoryStream([.. Gzip(first), .. Gzip(second)]), gzipped: true)));
    }

    [Fact]
    public void A_bomb_is_refused_after_reading_a_few_megabytes_of_it()
    {
        var bomb = Gzip(new byte[100 * 1024 * 1024]);
        var counted = new MemoryStream(bomb);
        var unpacking = new UnpackingStream(counted, gzipped: true);

        var refused = Assert.Throws<UploadTooLargeException>(() => ReadAll(unpacking));

        Assert.Contains("expands", refused.Message, StringComparison.Ordinal);
        Assert.True(unpacking.UnpackedBytes < 4 * 1024 * 1024, $"{unpacking.UnpackedBytes} bytes inflated");
        Assert.True(counted.Position < bomb.Length, "the whole bomb was read");
    }

    [Fact]
    public void Highly_compressible_xml_within_the_ratio_passes()
    {
        // Repetitive trackpoints pack about 20-40 to 1: well inside the limit.
        var xml = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40_000).Select(i =>
            $"<trkpt lat=\"46.{i % 1000:000}\" lon=\"14.{i % 997:000}\"><time>2025-03-01T07:{i / 60 % 60:00}:{i % 60:00}Z</time></trkpt>\n")));

        Assert.Equal(xml, ReadAll(new UnpackingStream(new MemoryStream(Gzip(xml)), gzipped: true)));
    }

    [Fact]
    public void More_than_25_MB_unpacked_is_refused_even_when_it_packs_poorly()
    {
        var plain = new UnpackingStream(new MemoryStream(new byte[(25 * 1024 * 1024) + 1]), gzipped: false);

        Assert.Throws<UploadTooLargeException>(() => ReadAll(plain));
    }

    [Fact]
    public void Broken_gzip_is_a_malformed_file()
    {
        var packed = Gzip(RandomBytes(50_000, seed: 4));
        packed[packed.Length / 2] ^= 0xff;
        packed[(packed.Length / 2) + 1] ^= 0xff;

        var refused = Assert.Throws<ActivityFileException>(() => ReadAll(new UnpackingStream(new MemoryStream(packed), gzipped: true)));

        Assert.Equal(ActivityFileProblem.Malformed, refused.Problem);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return packed.ToArray();
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
