using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace RunStrong.Members;

/// <summary>
/// Folds text the way search engines do before matching: lower case, then Lucene's ASCII folding
/// (<see cref="ASCIIFoldingFilter"/>: "Müller" -> "muller", "Øyvind" -> "oyvind", "Groß" -> "gross",
/// "Æsa" -> "aesa"), then split into words at anything that is not a letter or a digit. Combining marks
/// left by decomposed input ("u" + U+0308) are dropped, so both spellings of a name fold alike.
/// </summary>
public static class SearchFolding
{
    /// <summary>The folded words of <paramref name="text"/>, in order; none for null or blank text.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary><paramref name="text"/> lower-cased and ASCII-folded, combining marks removed; separators kept.</summary>
    public static string Fold(string text)
    {
        var lowered = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                lowered[length++] = c;
            }
        }

        // One character folds to at most four ("ǆ"-like ligatures); Lucene's own buffer rule.
        var output = new char[length * 4];
        var written = ASCIIFoldingFilter.FoldToASCII(lowered, 0, output, 0, length);
        return new StringBuilder(written).Append(output, 0, written).ToString().ToLowerInvariant();
    }
}
