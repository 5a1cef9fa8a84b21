using System.Buffers;
using System.Security.Cryptography;
using Microsoft.IO;
using RunStrong.Activities;
using RunStrong.Activities.Streams;
using RunStrong.Activities.Upload;

namespace RunStrong.Silo.Activities;

/// <summary>
/// An uploaded activity file, unpacked and held for reading twice (once by the reader, once into storage): in memory
/// up to <see cref="MemoryBytes"/> (a watch's FIT file is well under it: about 100 KB an hour), beyond that in a
/// temporary file deleted on dispose, so eight concurrent 25 MB uploads do not cost 200 MB of memory. Its SHA-256 is computed as it is spooled.
/// </summary>
public sealed class UploadSpool : IAsyncDisposable
{
    private const int MemoryBytes = 4 * 1024 * 1024;
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Pooled 128 KB blocks: spooling a file costs no large-object-heap array (and no gen-2 collection) per upload.</summary>
    private static readonly RecyclableMemoryStreamManager Memory = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 128 * 1024,
        MaximumSmallPoolFreeBytes = 64L * 1024 * 1024,
    });

    private Stream content;

    private UploadSpool(Stream content, byte[] sha256)
    {
        this.content = content;
        Sha256 = sha256;
    }

    public byte[] Sha256 { get; }

    public string Sha256Hex => Convert.ToHexStringLower(Sha256);

    public long Length => content.Length;

    /// <summary>
    /// Spools <paramref name="body"/>, unpacking it when <paramref name="declaredGzip"/> or when it starts like gzip (a
    /// <c>.fit.gz</c> sent as octet-stream). Throws <see cref="UploadTooLargeException"/> past the limits and
    /// <see cref="ActivityFileException"/> for broken gzip data.
    /// </summary>
    public static async Task<UploadSpool> ReadAsync(Stream body, bool declaredGzip, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var headLength = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var packed = new PrefixedStream(head, headLength, body);
        await using var unpacked = new UnpackingStream(packed, declaredGzip || ActivitySniffer.IsGzip(head.AsSpan(0, headLength)));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Stream spool = Memory.GetStream("activity-upload");
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await unpacked.ReadAsync(buffer.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (spool is RecyclableMemoryStream memory && memory.Length + read > MemoryBytes)
                {
                    spool = await ToTemporaryFileAsync(memory, cancellationToken);
                }

                hash.AppendData(buffer, 0, read);
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            spool.Position = 0;
            return new UploadSpool(spool, hash.GetHashAndReset());
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The file from its start; each call rewinds (one reader at a time).</summary>
    public Stream Open()
    {
        content.Position = 0;
        return new NonClosingStream(content);
    }

    /// <summary>The file's first bytes, for sniffing its format.</summary>
    public byte[] Head(int count)
    {
        content.Position = 0;
        var head = new byte[(int)Math.Min(count, content.Length)];
        content.ReadExactly(head);
        return head;
    }

    public async ValueTask DisposeAsync()
    {
        await content.DisposeAsync();
        content = Stream.Null;
    }

    private static async Task<Stream> ToTemporaryFileAsync(RecyclableMemoryStream memory, CancellationToken cancellationToken)
    {
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"runstrong-activity-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            ChunkBytes, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        memory.Position = 0;
        await memory.CopyToAsync(file, cancellationToken);
        await memory.DisposeAsync();
        return file;
    }

    /// <summary>A view of the spool that readers may dispose without closing it.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
