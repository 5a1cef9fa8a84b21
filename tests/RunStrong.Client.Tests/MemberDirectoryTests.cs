using RunStrong.Client.Models;

namespace RunStrong.Client.Tests;

/// <summary>The members directory through the generated client: search and cursor paging.</summary>
public sealed class MemberDirectoryTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_search_is_read_a_page_at_a_time_by_following_the_cursor()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;
        var tenant = gym.Api.T[tenantId];
        foreach (var (id, firstName, lastName) in new[] { ("m-1", "Anna", "Berg"), ("m-2", "Britt", "Berg"), ("m-3", "Cora", "Bergman"), ("m-4", "Dora", "Lund") })
        {
            await tenant.Athletes[id].PutAsync(GymClients.Profile(), cancellationToken: Cancel);
            await tenant.Athletes[id].Member.PatchAsync(new MemberPatchBody { FirstName = firstName, LastName = lastName }, cancellationToken: Cancel);
        }

        // The directory shows a write a moment after it was acknowledged (docs/API.md, "Members directory").
        var first = await EventuallyAsync(() => tenant.Athletes.GetAsync(request =>
        {
            request.QueryParameters.Q = "berg";
            request.QueryParameters.Limit = "2";
        }, Cancel), page => page.Total == 3);
        var second = await tenant.Athletes.GetAsync(request =>
        {
            request.QueryParameters.Q = "berg";
            request.QueryParameters.Limit = "2";
            request.QueryParameters.After = first.Next;
        }, Cancel);

        Assert.Equal(["m-1", "m-2"], first.Items!.Select(member => member.AthleteId));
        Assert.NotNull(first.Next);
        Assert.Equal(["m-3"], second!.Items!.Select(member => member.AthleteId));
        Assert.Equal("Bergman", second.Items![0].LastName);
        Assert.Null(second.Next);
    }

    private static async Task<DirectoryPage> EventuallyAsync(Func<Task<DirectoryPage?>> read, Func<DirectoryPage, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await read();
            if (page is not null && (done(page) || DateTime.UtcNow > deadline))
            {
                return page;
            }

            await Task.Delay(50, Cancel);
        }
    }
}
