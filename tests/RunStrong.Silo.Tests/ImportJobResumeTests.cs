using System.Text;
using Azure.Storage.Blobs;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.MemberImports;
using RunStrong.Silo.MemberImports;

namespace RunStrong.Silo.Tests;

/// <summary>An import job that loses its activation mid-file picks up at its cursor: no member twice, none skipped.</summary>
public sealed class ImportJobResumeTests(ClusterFixture fixture)
{
    private const int Members = 3_000;

    [Fact]
    public async Task A_job_deactivated_mid_import_resumes_at_its_cursor_and_imports_every_member_exactly_once()
    {
        var tenantId = $"resume-{Guid.NewGuid():N}"[..20];
        var importId = "imp-resume";
        var blobName = ImportUploads.BlobNameOf(tenantId, importId);
        await using (var file = new MemoryStream(Encoding.UTF8.GetBytes(MemberFile(Members))))
        {
            await new ImportUploads(new BlobServiceClient(fixture.StorageConnectionString)).StoreAsync(blobName, file, "text/csv", TestContext.Current.CancellationToken);
        }

        GrainCaller.EnterTenant(tenantId);
        var job = fixture.Grains.GetGrain<IImportJobGrain>($"{tenantId}/{importId}");
        await job.Start(new ImportRequest(blobName, "csv", false, RunStrong.Testing.TestDates.Today));

        // Let it get part of the way, then drop the activation (as a silo restart would).
        var partial = await ImportJobProgress.WaitAsync(job, p => p.Processed > 0);
        await fixture.DeactivateAsync(job);
        var finished = await ImportJobProgress.WaitAsync(job, p => p.Status is ImportStatus.Completed or ImportStatus.Failed);

        Assert.True(partial.Processed < Members, "The job finished before it could be interrupted; make the file larger.");
        Assert.Equal((ImportStatus.Completed, (long)Members, (long)Members, 0L), (finished.Status, finished.Total, finished.Processed, finished.Failed));
        // A batch interrupted before its checkpoint is redone and counts as unchanged; nothing is counted twice.
        Assert.Equal(Members, finished.Created + finished.Unchanged);
        Assert.Equal(0L, finished.Updated);
        foreach (var number in new[] { 1, Members / 2, Members })
        {
            var athlete = fixture.Grains.GetGrain<IAthleteGrain>($"{tenantId}/member-{number}");
            Assert.NotNull((await athlete.GetOverview(RunStrong.Testing.TestDates.Today))?.Profile);
        }
    }

    private static string MemberFile(int count)
    {
        var csv = new StringBuilder("externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\n");
        for (var i = 1; i <= count; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"member-{i},First{i},Last{i},m{i}@example.com,{(i % 2 == 0 ? "female" : "male")},{1960 + (i % 40)},{160 + (i % 30)},{55 + (i % 40)},maintain\n");
        }

        return csv.ToString();
    }
}
