namespace RunStrong.Gateway.Tests.Security;

/// <summary>Waits for a change that the platform applies a little later to show: a revoked key, a suspension, a new leaderboard member.</summary>
internal static class Eventually
{
    /// <summary>How long a revocation or suspension may take to be enforced: the gateway's key cache period (1 s in these tests) plus slack.</summary>
    public static readonly TimeSpan CacheBound = TimeSpan.FromSeconds(PlatformFixture.KeyCacheSeconds + 2);

    /// <summary>
    /// Sends GET <paramref name="path"/> until it answers <paramref name="expected"/> or <paramref name="within"/>
    /// (by default <see cref="CacheBound"/>) passes; returns the last answer.
    /// </summary>
    public static async Task<HttpStatusCode> AnswersAsync(HttpClient client, string path, HttpStatusCode expected, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? CacheBound);
        while (true)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.StatusCode == expected || DateTimeOffset.UtcNow >= deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
