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
        FitDecodeStop? stop;
        try
        {
            stop = FitActivityMessageReader.Read(file, builder);
        }
        catch (InvalidDataException damaged)
        {
            // What an unpacking stream (gzip, deflate) throws for damaged input: bad input all the same.
            throw new ActivityFileException($"The file could not be unpacked: {damaged.Message}", damaged);
        }

        return builder.Build(stop);
    }
}
