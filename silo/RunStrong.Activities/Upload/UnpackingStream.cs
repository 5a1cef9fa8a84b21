using System.IO.Compression;
using RunStrong.Activities.Streams;

namespace RunStrong.Activities.Upload;

/// <summary>
/// An upload's bytes as the file they carry: inflated when gzipped (several gzip members in a row are one file, as
/// gzip itself reads them), and held to <see cref="UnpackLimits"/> as they are read, so a bomb stops being read at the
/// limit. Reading past the end drains the packed stream too, so whatever checks it at its end (a signed digest) runs.
/// Broken gzip data surfaces as <see cref="ActivityFileException"/> (Malformed).
/// </summary>
public sealed class UnpackingStream : Stream
{
    private readonly CountingStream counted;
    private readonly Stream? inflated;
    private long unpackedBytes;

    public UnpackingStream(Stream packed, bool gzipped)
    {
        counted = new CountingStream(packed);
        inflated = gzipped ? new GZipStream(counted, CompressionMode.Decompress, leaveOpen: true) : null;
    }

    /// <summary>Bytes of the file read so far.</summary>
    public long UnpackedBytes => unpackedBytes;

    /// <summary>Bytes of the upload read so far.</summary>
    public long PackedBytes => counted.BytesRead;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => unpackedBytes; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = (inflated ?? counted).Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e);
        }

        if (read == 0)
        {
            Drain();
        }

        return Counted(read);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await (inflated ?? counted).ReadAsync(buffer, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e);
        }

        if (read == 0)
        {
            await DrainAsync(cancellationToken);
        }

        return Counted(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inflated?.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        unpackedBytes += read;
        if (unpackedBytes > UnpackLimits.MaxUnpackedBytes)
        {
            throw new UploadTooLargeException($"The file unpacks to more than {UnpackLimits.MaxUnpackedBytes / (1024 * 1024)} MB, more than any activity records.");
        }

        if (inflated is not null && unpackedBytes > UnpackLimits.RatioFreeBytes && unpackedBytes > UnpackLimits.MaxRatio * counted.BytesRead)
        {
            throw new UploadTooLargeException(
                $"The gzipped upload expands more than {UnpackLimits.MaxRatio} times its size, as no activity file does (a decompression bomb?).");
        }

        return read;
    }

    /// <summary>Reads what follows the gzip data (normally nothing), so that the packed stream reaches its end.</summary>
    private void Drain()
    {
        if (inflated is not null)
        {
            counted.CopyTo(Null);
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (inflated is not null)
        {
            await counted.CopyToAsync(Null, cancellationToken);
        }
    }

    private static ActivityFileException Corrupt(InvalidDataException e) =>
        new(ActivityFileProblem.Malformed, $"The upload is marked as gzip but is not valid gzip data: {e.Message}");
}
