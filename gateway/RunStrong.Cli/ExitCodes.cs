namespace RunStrong.Cli;

/// <summary>What `runstrong` tells scripts: 0 done, 1 failed, 2 done but some rows (or activity files) were refused.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int RowsFailed = 2;

    /// <summary>`activities upload`: every file was sent, and the platform refused some; the same code as refused import rows.</summary>
    public const int FilesRefused = RowsFailed;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT), the shell's convention.</summary>
    public const int Stopped = 130;
}
