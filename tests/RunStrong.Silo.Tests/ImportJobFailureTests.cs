using RunStrong.Contracts.MemberImports;
using RunStrong.Silo.MemberImports;

namespace RunStrong.Silo.Tests;

/// <summary>A job that cannot go on ends <c>failed</c> with a reason; it never retries the same failure forever.</summary>
public sealed class ImportJobFailureTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_job_whose_upload_is_missing_fails_with_a_reason_instead_of_retrying()
    {
        var tenantId = $"missing-{Guid.NewGuid():N}"[..20];
        var importId = "imp-00000000000000aa";
        GrainCaller.EnterTenant(tenantId);
        var job = fixture.Grains.GetGrain<IImportJobGrain>($"{tenantId}/{importId}");

        // Nothing was stored under this name: as if the upload had been deleted.
        await job.Start(new ImportRequest(ImportUploads.BlobNameOf(tenantId, importId), "csv", false, RunStrong.Testing.TestDates.Today));
        var finished = await WaitUntilFinishedAsync(job);

        Assert.Equal(ImportStatus.Failed, finished.Status);
        Assert.Contains("no longer stored", finished.FailureReason, StringComparison.Ordinal);
    }

    private static async Task<ImportProgress> WaitUntilFinishedAsync(IImportJobGrain job)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var progress = await job.Progress();
            if (progress is { Status: ImportStatus.Completed or ImportStatus.Failed or ImportStatus.Cancelled })
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Import still {progress?.Status} after 20 s.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
