using System.Buffers;

namespace RunStrong.Onboarding;

/// <summary>
/// The lines of a UTF-8 stream as byte spans over one pooled buffer, so reading a line allocates nothing.
/// A line is valid until the next <see cref="MoveNextAsync"/>. Ends lines at LF, dropping a preceding CR.
/// </summary>
internal sealed class Utf8Lines(Stream stream, int maxLineBytes) : IDisposable
{
    private const int InitialBufferBytes = 16 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    private int start, end, scanned;
    private int lineStart, lineLength;
    private bool endOfStream;

    /// <summary>1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    public ReadOnlySpan<byte> Current => buffer.AsSpan(lineStart, lineLength);

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Take(start + scanned + newline, start + scanned + newline + 1);
                return true;
            }

            scanned = end - start;
            if (endOfStream)
            {
                if (start == end)
                {
                    return false;
                }

                Take(end, end);
                return true;
            }

            await FillAsync(cancellationToken);
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private void Take(int lineEnd, int next)
    {
        lineStart = start;
        lineLength = lineEnd - start;
        if (lineLength > 0 && buffer[lineEnd - 1] == (byte)'\r')
        {
            lineLength--;
        }

        start = next;
        scanned = 0;
        LineNumber++;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= maxLineBytes)
            {
                // Over maxLineBytes bytes is over the row cap in characters too (see MemberFileLimits.MaxRowBytes).
                throw MemberFileLimits.RowTooLong(LineNumber + 1);
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxLineBytes));
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
    }
}
