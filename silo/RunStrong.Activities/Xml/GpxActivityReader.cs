using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>PLACEHOLDER: the GPX reader's entry point.</summary>
public static class GpxActivityReader
{
    public static ActivityRecording Read(Stream file) => throw new NotImplementedException();
}
