using System.Globalization;
using System.Text;
using Azure.Storage.Blobs;
using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.MemberImports;
using RunStrong.Onboarding;
using RunStrong.Silo.MemberImports;

namespace RunStrong.Silo.Tests;

/// <summary>
/// An import leaves nothing activated behind it: an athlete activated only to take an imported row lets its
/// activation go, so the silo's memory does not grow with the size of the import. An athlete in use stays activated.
/// </summary>
public sealed class ImportActivationTests(ClusterFixture fixture)
{
    private const int Members = 1_200;
    private const string ImportId = "imp-activations";
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_finished_import_leaves_none_of_its_athletes_activated()
    {
        var tenantId = $"act-{Guid.NewGuid():N}"[..20];
        await StoreUploadAsync(tenantId, Members);
        GrainCaller.EnterTenant(tenantId);
        var job = fixture.Grains.GetGrain<IImportJobGrain>($"{tenantId}/{ImportId}");
        await job.Start(new ImportRequest(ImportUploads.BlobNameOf(tenantId, ImportId), "csv", false, Today));

        var finished = await ImportJobProgress.WaitAsync(job, p => p.Status is ImportStatus.Completed or ImportStatus.Failed);
        var stillActive = await WaitForActiveAthletesAsync(tenantId, count => count == 0);

        Assert.Equal((ImportStatus.Completed, (long)Members, 0L), (finished.Status, finished.Processed, finished.Failed));
        // A batch redone after an error (a slow machine) counts its members as unchanged; none is counted twice.
        Assert.Equal(Members, finished.Created + finished.Unchanged);
        Assert.Equal(0, stillActive);
        // Let go is not lost: a member read afterwards is activated again from storage with what the import wrote.
        var member = fixture.Grains.GetGrain<IAthleteGrain>($"{tenantId}/member-{Members / 2}");
        Assert.Equal("First600", (await member.GetOverview(Today))?.Member?.FirstName);
    }

    [Fact]
    public async Task An_athlete_in_use_when_the_import_reaches_it_stays_activated_and_answers_the_imported_row()
    {
        var tenantId = $"use-{Guid.NewGuid():N}"[..20];
        GrainCaller.EnterTenant(tenantId);
        var inUse = fixture.Grains.GetGrain<IAthleteGrain>($"{tenantId}/member-1");
        Assert.Null(await inUse.GetOverview(Today)); // the athlete's own read activates it before the import

        await inUse.UpsertMember(new MemberRecord("m-1", "Ana", "Lopez", "ana@example.com", Sex.Female, 1990, 168, 60, Goal.Maintain));
        var importedOnly = fixture.Grains.GetGrain<IAthleteGrain>($"{tenantId}/member-2");
        await importedOnly.UpsertMember(new MemberRecord("m-2", "Ben", "Ruiz", "ben@example.com", Sex.Male, 1985, 180, 80, Goal.Maintain));
        var activeAfterwards = await WaitForActiveAthletesAsync(tenantId, count => count <= 1);

        Assert.Equal([$"{tenantId}/member-1"], await ActiveAthletesAsync(tenantId));
        Assert.Equal(1, activeAfterwards);
        Assert.Equal("Ana", (await inUse.GetOverview(Today))?.Member?.FirstName);
        Assert.Equal("Ben", (await importedOnly.GetOverview(Today))?.Member?.FirstName);
    }

    private async Task StoreUploadAsync(string tenantId, int members)
    {
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(MemberFile(members)));
        await new ImportUploads(new BlobServiceClient(fixture.StorageConnectionString))
            .StoreAsync(ImportUploads.BlobNameOf(tenantId, ImportId), file, "text/csv", TestContext.Current.CancellationToken);
    }

    /// <summary>The tenant's athlete activations on every silo, as grain keys.</summary>
    private async Task<List<string>> ActiveAthletesAsync(string tenantId)
    {
        RequestContext.Clear();
        var athleteType = fixture.Grains.GetGrain<IAthleteGrain>($"{tenantId}/any").GetGrainId().Type;
        var active = await fixture.Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(athleteType);
        return [.. active.Select(id => id.Key.ToString()!).Where(key => key.StartsWith($"{tenantId}/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Deactivation follows the call that asked for it: waits until the count satisfies <paramref name="settled"/>.</summary>
    private async Task<int> WaitForActiveAthletesAsync(string tenantId, Func<int, bool> settled)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var count = (await ActiveAthletesAsync(tenantId)).Count;
            if (settled(count) || DateTime.UtcNow > deadline)
            {
                return count;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static string MemberFile(int count)
    {
        var csv = new StringBuilder("externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\n");
        for (var i = 1; i <= count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"member-{i},First{i},Last{i},m{i}@example.com,{(i % 2 == 0 ? "female" : "male")},{1960 + (i % 40)},{160 + (i % 30)},{55 + (i % 40)},maintain\n");
        }

        return csv.ToString();
    }
}
