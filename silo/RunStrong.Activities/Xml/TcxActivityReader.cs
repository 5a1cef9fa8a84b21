using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>PLACEHOLDER: the TCX reader's entry point.</summary>
public static class TcxActivityReader
{
    public static ActivityRecording Read(Stream file) => throw new NotImplementedException();
}
