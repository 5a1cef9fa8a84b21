using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Members;
using RunStrong.Members;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.Members;

/// <summary>
/// The members directory of a tenant: every athlete, a page at a time, by name, by follow-up priority
/// (<c>sort=risk</c>) or by recent activity, searched by the start of any word of their name, email or external
/// id. Each page asks all of the tenant's roster shards for their first page after the cursor, at once, and
/// merges them.
/// </summary>
public static class DirectoryApi
{
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("").WithTags("Members")
            .MapRoute(ApiRoutes.Members.ListMembers, ListMembers)
            .WithSummary("The tenant's members, a page at a time: sorted by name, risk (the follow-up list) or last activity, optionally searched.")
                .WithDescription("The members directory, `limit` (1-100, default 50) at a time: `sort` by `name`, `risk` (the follow-up list: members at risk first, with why) or last activity; `q` searches names and email with accents and case folded. `total` counts the matches.");
        return routes;
    }

    private static async Task<Results<Ok<DirectoryPage>, ValidationProblem>> ListMembers(
        string tenantId, [AsParameters] DirectoryQuery query, IGrainFactory grains)
    {
        var read = query.Read();
        if (!read.IsValid)
        {
            return Problems.Validation(read.Errors);
        }

        var request = read.Value;
        var pages = await Task.WhenAll(RosterKeys.AllShards(tenantId).Select(shard => grains.GetGrain<IRosterShardGrain>(shard).Query(request)));
        var page = RosterPage.Merge(pages.Select(p => p.Value), request.Limit);
        var next = page.HasMore && page.Items.Count > 0 ? RosterCursor.Encode(request.Sort, page.Items[^1].Key) : null;
        return TypedResults.Ok(new DirectoryPage([.. page.Items.Select(item => DirectoryItem.Of(item.Listing))], next, page.Matches));
    }
}
