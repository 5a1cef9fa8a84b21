namespace RunStrong.Coaching.Log.Reading;

/// <summary>One page to read: entries on <see cref="Days"/>, at most <see cref="Limit"/> of them, listed after <see cref="After"/> (null: from the newest).</summary>
public sealed record LogPageRequest(LocalDays Days, int Limit, LogPosition? After)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 100;
}
