using RunStrong.Contracts.MemberImports;

namespace RunStrong.Silo.Tests;

/// <summary>Waits for an import job to reach a state, failing with where it stood after a minute.</summary>
internal static class ImportJobProgress
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<ImportProgress> WaitAsync(IImportJobGrain job, Func<ImportProgress, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var progress = await job.Progress();
            if (progress is not null && done(progress))
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Import stuck at {progress?.Status} {progress?.Processed}/{progress?.Total}.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
