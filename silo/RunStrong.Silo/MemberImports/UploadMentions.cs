using System.Text;

namespace RunStrong.Silo.MemberImports;

/// <summary>
/// Whether a stored member file holds a given member's row, for erasing them: a line holding their external id as
/// a whole token (not inside a longer id). Read as text, not parsed, so an invalid row (one the import refused, whose
/// error report is produced again from this file) counts as well. It errs towards "yes": a file where the id only
/// appears as another field's value is deleted too, which costs the gym a report, never leaves the member behind.
/// </summary>
public static class UploadMentions
{
    public static async Task<bool> ExternalIdAsync(Stream upload, string externalId, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(upload, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (HoldsToken(line, externalId))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HoldsToken(string line, string token)
    {
        for (var at = line.IndexOf(token, StringComparison.Ordinal); at >= 0; at = line.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            var end = at + token.Length;
            if ((at == 0 || !IsIdChar(line[at - 1])) && (end == line.Length || !IsIdChar(line[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
}
