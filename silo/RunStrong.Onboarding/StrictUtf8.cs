using System.Text;

namespace RunStrong.Onboarding;

/// <summary>
/// Member files must be UTF-8 (a byte order mark is allowed). Decoding throws on invalid bytes rather than
/// silently turning a Latin-1 "Müller" into "M\uFFFDller" in thousands of imported names.
/// </summary>
internal static class StrictUtf8
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public static MemberFileException NotUtf8(Exception? cause = null) =>
        new(MemberFileException.FileField, "The file is not UTF-8 text; export it as UTF-8.", cause);
}
