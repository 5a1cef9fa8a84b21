using System.Xml;
using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>
/// Reads the first activity of a Garmin Training Center XML (TCX) file in one streaming pass: its sport, laps
/// (capped at <see cref="ActivityRecording.MaxLaps"/>) and trackpoints folded into a <see cref="SampleSeries"/>.
/// Bad input throws <see cref="ActivityFileException"/> and nothing else.
/// </summary>
public static class TcxActivityReader
{
    public static ActivityRecording Read(Stream file)
    {
        using var reader = ActivityXmlInput.Open(file);
        try
        {
            return new TcxParser(reader).Parse();
        }
        catch (XmlException error)
        {
            throw ActivityXmlInput.Refusal(error);
        }
    }
}
