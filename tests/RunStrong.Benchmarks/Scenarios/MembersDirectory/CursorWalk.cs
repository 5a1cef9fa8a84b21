using System.Diagnostics;
using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// Reads the whole directory once by name, page after page with the cursors, one request at a time: proves
/// every member is listed exactly once (and <c>total</c> says so), and keeps each page's <c>next</c> so that
/// the deep-paging load can start anywhere in the list.
/// </summary>
public sealed class CursorWalk(HttpClient http, DirectoryClient directory, int pageSize)
{
    public async Task<WalkResult> RunAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cursors = new List<string>();
        var latencies = new LatencySamples();
        long listed = 0, duplicates = 0;
        var pages = 0;
        int? firstTotal = null;
        var totalsAgree = true;
        string? after = null;
        var clock = Stopwatch.StartNew();
        do
        {
            var sent = Stopwatch.GetTimestamp();
            var page = await DirectoryClient.GetAsync(http, directory.Page("name", pageSize, after), cancellationToken);
            latencies.Add(Stopwatch.GetTimestamp() - sent);
            pages++;
            firstTotal ??= page.Total;
            totalsAgree &= page.Total == firstTotal;
            foreach (var item in page.Items)
            {
                listed++;
                if (!seen.Add(item.AthleteId))
                {
                    duplicates++;
                }
            }

            after = page.Next;
            if (after is not null)
            {
                cursors.Add(after);
            }
        }
        while (after is not null);

        return new WalkResult(pages, listed, seen.Count, duplicates, firstTotal ?? 0, totalsAgree, cursors, clock.Elapsed,
            LatencySamples.Percentiles([latencies], 50, 99, 100));
    }
}
