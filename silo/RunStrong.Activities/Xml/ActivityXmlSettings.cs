using System.Xml;

namespace RunStrong.Activities.Xml;

/// <summary>
/// The one <see cref="XmlReaderSettings"/> both XML readers use, hardened for files from strangers: no DTD (a
/// DOCTYPE is refused outright, so no entity can be declared, let alone expanded or fetched), no resolver, and a
/// bound on the document's size.
/// </summary>
internal static class ActivityXmlSettings
{
    /// <summary>The largest activity file accepted: a 30-hour ultra at one point a second is about 15 MB of TCX.</summary>
    public const long MaxFileBytes = 25L * 1024 * 1024;

    public static XmlReaderSettings Create() => new()
    {
        // Prohibit, not Ignore: a DOCTYPE in a GPX or TCX file has no legitimate use, so it is refused at once.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,

        // 0 would mean "no limit" to XmlReader; with the DTD prohibited no entity can be declared anyway, and this
        // keeps the limit meaningful should the DTD rule ever be relaxed.
        MaxCharactersFromEntities = 1024,

        // A UTF-8 file has at most one character per byte; UTF-16 has fewer.
        MaxCharactersInDocument = MaxFileBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };
}
