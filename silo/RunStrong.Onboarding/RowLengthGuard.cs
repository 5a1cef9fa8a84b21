namespace RunStrong.Onboarding;

/// <summary>
/// A text reader in front of the CSV parser that refuses a row longer than <see cref="MemberFileLimits.MaxRowChars"/>
/// as soon as the characters pass through, so the parser never buffers a huge field (Sep would grow its buffer
/// to 16 million characters and then throw an exception of its own). Rows are tracked the way Sep splits them:
/// every '"' toggles quoting, and a line break ends a row only outside quotes. Also counts physical lines
/// (CRLF, LF or a lone CR) to name where the long row starts, and whether the source stream itself failed,
/// which is a storage problem rather than a problem of the file.
/// </summary>
internal sealed class RowLengthGuard(TextReader inner) : TextReader
{
    private const char Quote = '"';

    private long line = 1;
    private long rowStartLine = 1;
    private int rowLength;
    private bool quoted;
    private bool afterCarriageReturn;

    /// <summary>The physical line being read (1-based).</summary>
    public long Line => line;

    /// <summary>True once reading the underlying text failed (storage or network), as opposed to the parser refusing the text.</summary>
    public bool SourceFailed { get; private set; }

    public override int Read(Span<char> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (Exception e) when (e is not System.Text.DecoderFallbackException)
        {
            SourceFailed = true;
            throw;
        }

        Scan(buffer[..read]);
        return read;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    // Peeking would let characters through unchecked; the parser does not need it.
    public override int Peek() => -1;

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is not (System.Text.DecoderFallbackException or OperationCanceledException))
        {
            SourceFailed = true;
            throw;
        }

        Scan(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            // Plain characters in between are skipped in bulk (vectorized); only quotes and line breaks change state.
            var special = text.IndexOfAny(Quote, '\r', '\n');
            var plain = special < 0 ? text.Length : special;
            if (plain > 0)
            {
                Count(plain);
                afterCarriageReturn = false;
            }

            if (special < 0)
            {
                return;
            }

            var c = text[special];
            text = text[(special + 1)..];
            if (c == Quote)
            {
                Count(1);
                quoted = !quoted;
                afterCarriageReturn = false;
                continue;
            }

            // A CRLF pair is one line break; a lone CR (old Mac exports) is one too.
            if (!(c == '\n' && afterCarriageReturn))
            {
                line++;
            }

            afterCarriageReturn = c == '\r';
            if (quoted)
            {
                Count(1);
            }
            else
            {
                rowLength = 0;
            }
        }
    }

    private void Count(int characters)
    {
        if (rowLength == 0)
        {
            rowStartLine = line;
        }

        rowLength += characters;
        if (rowLength > MemberFileLimits.MaxRowChars)
        {
            throw MemberFileLimits.RowTooLong(rowStartLine);
        }
    }
}
