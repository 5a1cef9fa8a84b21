using System.Globalization;
using System.Text;

namespace RunStrong.Activities.Tests.Xml;

/// <summary>Small XML documents written in tests, as the streams readers take.</summary>
public static class XmlText
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

    public static MemoryStream Stream(string text, bool byteOrderMark = false) =>
        new([.. (byteOrderMark ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.#######", CultureInfo.InvariantCulture);
}
