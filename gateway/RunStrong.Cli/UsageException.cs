namespace RunStrong.Cli;

/// <summary>The command cannot run as asked (a missing file, key or format); the message says what to fix.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
