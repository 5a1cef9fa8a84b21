using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Fit;

/// <summary>PLACEHOLDER: the FIT decoder's entry point.</summary>
public static class FitActivityReader
{
    public static ActivityRecording Read(Stream file) => throw new NotImplementedException();
}
