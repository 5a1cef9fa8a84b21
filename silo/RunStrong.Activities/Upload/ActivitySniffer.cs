using System.Text;

namespace RunStrong.Activities.Upload;

/// <summary>
/// Tells the format from a file's first bytes, as a browser sniffs content: clients label activity files
/// inconsistently (<c>application/octet-stream</c>, <c>text/xml</c>, or the wrong vendor type), so the content
/// decides. A FIT file starts with its header size (12 or 14) and carries ".FIT" at bytes 8-11 (FIT protocol,
/// file header); TCX and GPX are XML whose root element is <c>TrainingCenterDatabase</c> or <c>gpx</c>.
/// </summary>
public static class ActivitySniffer
{
    /// <summary>How much of the start a caller should pass: enough for an XML declaration, comments and a long root tag.</summary>
    public const int HeadBytes = 4096;

    /// <summary>Whether the bytes start a gzip stream (RFC 1952: ID1 0x1f, ID2 0x8b).</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>The format of a file starting with <paramref name="head"/>, or null when it is none of the three.</summary>
    public static ActivityFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && (head[0] == 12 || head[0] == 14) && head.Slice(8, 4).SequenceEqual(".FIT"u8))
        {
            return ActivityFormat.Fit;
        }

        return RootElementOf(head) switch
        {
            "TrainingCenterDatabase" => ActivityFormat.Tcx,
            "gpx" => ActivityFormat.Gpx,
            _ => null,
        };
    }

    /// <summary>
    /// The local name of the first element, skipping a byte-order mark, whitespace, the XML declaration, processing
    /// instructions and comments; a DOCTYPE names the root itself (the readers then refuse the DTD, whose internal
    /// subset may be longer than the head). Null when the head is not XML.
    /// </summary>
    private static string? RootElementOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, HeadBytes)]);
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at >= text.Length || text[at] != '<')
            {
                return null;
            }

            if (Skip(text, ref at, "<?", "?>") || Skip(text, ref at, "<!--", "-->"))
            {
                continue;
            }

            if (string.CompareOrdinal(text, at, "<!DOCTYPE", 0, 9) == 0)
            {
                at += 9;
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                at--; // the name is read as if it followed '<'
            }

            var start = at + 1;
            var end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '_' or '-' or '.'))
            {
                end++;
            }

            var name = text[start..end];
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? name[(colon + 1)..] : name;
        }

        return null;
    }

    /// <summary>Moves past a construct that opens with <paramref name="open"/> and closes with <paramref name="close"/>.</summary>
    private static bool Skip(string text, ref int at, string open, string close)
    {
        if (string.CompareOrdinal(text, at, open, 0, open.Length) != 0)
        {
            return false;
        }

        var end = text.IndexOf(close, at + open.Length, StringComparison.Ordinal);
        at = end < 0 ? text.Length : end + close.Length;
        return true;
    }
}
