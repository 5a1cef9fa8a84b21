namespace RunStrong.Activities;

/// <summary>
/// A file the readers refuse, with what is wrong in words a runner can act on and, for binary files, the byte
/// offset where reading stopped. Readers throw nothing else for bad input.
/// </summary>
public sealed class ActivityFileException : Exception
{
    public ActivityFileException(ActivityFileProblem problem, string message, long? offset = null)
        : base(message)
    {
        Problem = problem;
        Offset = offset;
    }

    public ActivityFileException()
    {
    }

    public ActivityFileException(string message)
        : base(message)
    {
    }

    public ActivityFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ActivityFileProblem Problem { get; } = ActivityFileProblem.Malformed;

    /// <summary>The byte offset of the problem in the (unpacked) file, when known.</summary>
    public long? Offset { get; }
}
