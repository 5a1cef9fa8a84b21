using System.Globalization;
using System.Text;
using System.Xml;

namespace RunStrong.Web.Charts;

/// <summary>Escaping and number formatting for SVG markup; every number goes through the invariant culture.</summary>
internal static class SvgText
{
    /// <summary>Escapes text for element content and attribute values, dropping characters XML cannot carry.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            // Lone surrogates and control characters would make the page's markup ill-formed.
            if (!XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A coordinate: at most two decimals keeps the markup small and sub-pixel exact enough.</summary>
    public static string Coord(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value for people to read, with up to <paramref name="decimals"/> decimals and no trailing zeros.</summary>
    public static string Number(double value, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        var format = decimals <= 0 ? "0" : "0." + new string('#', decimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture).Replace("-", "\u2212", StringComparison.Ordinal);
    }

    /// <summary>A date as "2 Nov", the label the pages use on axes.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>A date as "2 Nov 2026", for titles and descriptions.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date with weekday, "Mon 2 Nov 2026", for daily points.</summary>
    public static string DayDate(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
