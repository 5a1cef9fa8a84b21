namespace RunStrong.Activities.Upload;

/// <summary>An upload that is, or unpacks to, more than <see cref="UnpackLimits"/> allow: 413, nothing stored.</summary>
public sealed class UploadTooLargeException : Exception
{
    public UploadTooLargeException(string message)
        : base(message)
    {
    }

    public UploadTooLargeException()
    {
    }

    public UploadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
