using System.Globalization;
using System.Xml;
using RunStrong.Activities.Streams;

namespace RunStrong.Activities.Xml;

/// <summary>
/// Opening an XML activity file and turning what XmlReader dislikes into <see cref="ActivityFileException"/>s that
/// name the line, so the readers throw nothing else for bad input.
/// </summary>
internal static class ActivityXmlInput
{
    private const int ProbeBytes = 512;

    /// <summary>Opens a hardened reader on the file, refusing a file of nothing but whitespace as empty.</summary>
    public static XmlReader Open(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var probe = new byte[ProbeBytes];
        var length = 0;
        while (length < probe.Length)
        {
            var read = file.Read(probe, length, probe.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (IsBlank(probe.AsSpan(0, length)) && length < probe.Length)
        {
            throw new ActivityFileException(ActivityFileProblem.Empty, "The file is empty.");
        }

        return XmlReader.Create(new PrefixedStream(probe, length, file), ActivityXmlSettings.Create());
    }

    /// <summary>What a parse error becomes: Malformed, with the line, and a plain reason for a DOCTYPE.</summary>
    public static ActivityFileException Refusal(XmlException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var where = error.LineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $" (line {error.LineNumber}, position {error.LinePosition})")
            : string.Empty;

        // XmlReader's message for a prohibited DTD names it; a DOCTYPE is how entity bombs and external entities arrive.
        var reason = error.Message.Contains("DTD", StringComparison.Ordinal)
            ? "it declares a DOCTYPE, which activity files never need (refused for safety)"
            : "it is not well-formed XML: " + error.Message;
        return new ActivityFileException(ActivityFileProblem.Malformed, $"The file cannot be read{where}: {reason}");
    }

    /// <summary>A value that is not what its element holds (a number, a time), naming both and the line.</summary>
    public static ActivityFileException InvalidValue(XmlReader reader, string element, string value)
    {
        var line = reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        var shown = value.Length > 40 ? value[..40] + "..." : value;
        return new ActivityFileException(
            ActivityFileProblem.Malformed,
            string.Create(CultureInfo.InvariantCulture, $"The file cannot be read (line {line}): <{element}> holds \"{shown}\", which is not a valid value."));
    }

    /// <summary>A decimal number in XML's invariant form.</summary>
    public static double Number(XmlReader reader, string element, string text)
    {
        if (double.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw InvalidValue(reader, element, text);
    }

    /// <summary>A heart rate in beats per minute; devices write integers, some exporters write "142.0".</summary>
    public static int HeartRate(XmlReader reader, string element, string text)
    {
        var value = Number(reader, element, text);
        if (value is < 0 or > 255)
        {
            throw InvalidValue(reader, element, text);
        }

        return (int)Math.Round(value);
    }

    /// <summary>An ISO 8601 / xsd:dateTime instant; one without a zone is UTC, as GPX and TCX both specify.</summary>
    public static DateTimeOffset Time(XmlReader reader, string element, string text)
    {
        if (DateTimeOffset.TryParseExact(
                text.AsSpan().Trim(),
                "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var time))
        {
            return time;
        }

        throw InvalidValue(reader, element, text);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        // A UTF-8 byte order mark alone is still an empty file.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
