using RunStrong.Activities.Fit;
using RunStrong.Activities.Recording;
using RunStrong.Activities.Xml;

namespace RunStrong.Activities;

/// <summary>Reads an activity file of a known format. Bad input throws <see cref="ActivityFileException"/>, nothing else.</summary>
public static class ActivityReader
{
    public static ActivityRecording Read(Stream file, ActivityFormat format) => format switch
    {
        ActivityFormat.Fit => FitActivityReader.Read(file),
        ActivityFormat.Tcx => TcxActivityReader.Read(file),
        ActivityFormat.Gpx => GpxActivityReader.Read(file),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown activity format."),
    };
}
