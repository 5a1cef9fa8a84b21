namespace RunStrong.Cli.Activities;

/// <summary>What became of one file.</summary>
internal enum UploadOutcome
{
    /// <summary>A new activity (201).</summary>
    Uploaded,

    /// <summary>The same file was uploaded before (200): nothing changed.</summary>
    AlreadyUploaded,

    /// <summary>The platform read the file and refused it (413, 415, 422): sending it again will not help.</summary>
    Refused,

    /// <summary>It could not be sent or the platform failed (network, 5xx, still busy after retries): worth another try.</summary>
    Failed,
}
