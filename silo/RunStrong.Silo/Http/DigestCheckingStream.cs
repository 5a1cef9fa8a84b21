using System.Buffers.Text;
using System.Security.Cryptography;

namespace RunStrong.Silo.Http;

/// <summary>
/// A read-only pass-through that hashes what it reads and, at the end of the stream, throws (401) unless the
/// SHA-256 equals the signed digest. Whoever copies it somewhere (an upload to blob storage) fails before
/// completing the copy, so an altered body is never committed.
/// </summary>
internal sealed class DigestCheckingStream(Stream inner, string expectedSha256) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool checkedAtEnd;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Observe(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Observe(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Observe(ReadOnlySpan<byte> read)
    {
        if (read.Length > 0)
        {
            hash.AppendData(read);
            return read.Length;
        }

        if (!checkedAtEnd)
        {
            checkedAtEnd = true;
            if (!string.Equals(Base64Url.EncodeToString(hash.GetHashAndReset()), expectedSha256, StringComparison.Ordinal))
            {
                throw new BadHttpRequestException("The request body does not match its signature.", StatusCodes.Status401Unauthorized);
            }
        }

        return 0;
    }

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
            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
