using System.Text;

namespace RunStrong.Onboarding.Tests.Builders;

/// <summary>
/// A read-only stream of <c>prefix</c>, then one byte repeated <c>repeat</c> times, then <c>suffix</c>, made as it
/// is read: a 17-million-character field that never exists in memory, so a test can tell how much a reader took.
/// Optionally fails with an <see cref="IOException"/> after some bytes, as a storage stream does when the network drops.
/// </summary>
internal sealed class LongRowStream(string prefix, byte repeated, long repeat, string suffix, long failAfterBytes = long.MaxValue) : GeneratedStream
{
    private readonly byte[] head = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] tail = Encoding.UTF8.GetBytes(suffix);

    public long BytesRead { get; private set; }

    private long Total => head.Length + repeat + tail.Length;

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        if (BytesRead >= failAfterBytes)
        {
            throw new IOException("The connection to storage was reset.");
        }

        var written = 0;
        while (written < buffer.Length && BytesRead < Total)
        {
            buffer[written++] = ByteAt(BytesRead++);
        }

        return written;
    }


    private byte ByteAt(long position) =>
        position < head.Length ? head[position]
        : position < head.Length + repeat ? repeated
        : tail[position - head.Length - repeat];
}
