namespace RunStrong.Contracts.Cluster;

/// <summary>
/// A silo's explicit "I did not process this request": it sends this header with a 503 when it refuses a
/// request before any endpoint ran (it was stalled and has not yet confirmed it is still a cluster member).
/// The gateway then sends the request to another silo, whatever its method: nothing was done the first time.
/// </summary>
public static class UnprocessedRefusal
{
    public const string Header = "X-RunStrong-Unprocessed";

    /// <summary>The header's value when the silo refuses because it was stalled (paused, frozen or starved).</summary>
    public const string Stalled = "stalled";
}
