namespace RunStrong.Gateway.Tests.Security;

/// <summary>Waits out the gateway's key cache (1 s in these tests) for a change to show.</summary>
internal static class Eventually
{
    /// <summary>How long a revocation or suspension may take to be enforced: the cache period plus slack.</summary>
    public static readonly TimeSpan CacheBound = TimeSpan.FromSeconds(PlatformFixture.KeyCacheSeconds + 2);

    /// <summary>Sends GET <paramref name="path"/> until it answers <paramref name="expected"/> or the bound passes; returns the last answer.</summary>
    public static async Task<HttpStatusCode> AnswersAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var deadline = DateTimeOffset.UtcNow + CacheBound;
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
