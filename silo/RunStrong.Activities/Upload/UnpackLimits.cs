namespace RunStrong.Activities.Upload;

/// <summary>
/// How large an upload may become once unpacked. 25 MB holds any real activity: a FIT file records about 30 bytes a
/// second (a 24-hour ultra is about 3 MB) and a TCX or GPX file about 200 (a 24-hour ultra is about 17 MB).
/// A gzipped upload may also not expand more than <see cref="MaxRatio"/> times its packed size beyond its first
/// <see cref="RatioFreeBytes"/>: activity XML packs 8-20 to 1 and FIT about 3 to 1, while a gzip bomb packs
/// about 1000 to 1, so a bomb is refused after reading a little of it, never inflated whole.
/// </summary>
public static class UnpackLimits
{
    public const long MaxUnpackedBytes = 25L * 1024 * 1024;

    public const int MaxRatio = 100;

    public const long RatioFreeBytes = 1024 * 1024;
}
