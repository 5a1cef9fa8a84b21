namespace RunStrong.Onboarding;

/// <summary>
/// A problem with the member file as a whole (empty, not UTF-8, required columns missing, a row over the size cap,
/// text the CSV parser cannot read), so no further row can be read. <see cref="Field"/> names the missing column, or is <c>file</c> for the other cases.
/// </summary>
public sealed class MemberFileException : Exception
{
    public const string FileField = "file";

    public MemberFileException()
        : this(FileField, "The member file cannot be read.")
    {
    }

    public MemberFileException(string message)
        : this(FileField, message)
    {
    }

    public MemberFileException(string message, Exception innerException)
        : this(FileField, message, innerException)
    {
    }

    public MemberFileException(string field, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    public string Field { get; }
}
