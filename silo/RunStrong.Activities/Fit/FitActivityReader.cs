using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Fit;

/// <summary>
/// Reads a FIT activity file (or several chained ones) as it streams, in memory bounded by the largest FIT message and
/// the laps kept. Bad input throws <see cref="ActivityFileException"/>; damage after enough was read becomes a warning.
/// </summary>
public static class FitActivityReader
{
    public static ActivityRecording Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var builder = new FitActivityRecordingBuilder();
        var stop = FitActivityMessageReader.Read(file, builder);
        return builder.Build(stop);
    }
}
