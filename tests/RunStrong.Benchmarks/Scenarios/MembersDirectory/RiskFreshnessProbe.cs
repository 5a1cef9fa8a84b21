using System.Diagnostics;
using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// How soon a member's new risk shows in the follow-up list: for each sampled member, two DEXA measurements
/// ten weeks apart that show fat-free mass lost (73 days ago 70 kg at 15 %, 3 days ago 66 kg at 20 %: about
/// 6 kg of lean mass), which makes their risk high; from the second write's acknowledgement,
/// <c>?q={externalId}&amp;sort=risk</c> is read every <see cref="PollInterval"/> until the member shows as
/// high. <c>lanes</c> members are followed at once; each gives up after <see cref="GiveUpAfter"/>.
/// </summary>
public sealed class RiskFreshnessProbe(HttpClient http, DirectoryClient directory, int lanes)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(15);
    private const string High = "high";

    /// <summary>
    /// Tall enough that 70 kg at 15 % fat is a plausible fat-free mass index for either sex (the coaching engine
    /// sets implausible readings aside, and then sees no loss).
    /// </summary>
    private const int MinHeightCm = 190;

    /// <summary>Up to <paramref name="count"/> imported members of at least <see cref="MinHeightCm"/>, spread evenly over the file.</summary>
    public static IReadOnlyList<string> Sample(int members, int count)
    {
        var tall = Enumerable.Range(1, members).Where(row => GeneratedMembersContent.HeightCm(row) >= MinHeightCm).ToList();
        var taken = Math.Min(count, tall.Count);
        return [.. Enumerable.Range(0, taken).Select(i => GeneratedMembersContent.ExternalId(tall[(int)((long)i * tall.Count / taken)]))];
    }

    public async Task<FreshnessResult> RunAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        var visible = new LatencySamples();
        long alreadyHigh = 0, timedOut = 0, polls = 0;
        string? firstMiss = null;
        var next = -1;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < externalIds.Count)
            {
                // Imported members' athlete ids are their external ids (valid athlete ids).
                var member = externalIds[i];
                if (await RiskAsync(member, cancellationToken) is High)
                {
                    Interlocked.Increment(ref alreadyHigh);
                    continue;
                }

                await directory.AddDexaMeasurementAsync(http, member, today.AddDays(-73), 70, 15, cancellationToken);
                await directory.AddDexaMeasurementAsync(http, member, today.AddDays(-3), 66, 20, cancellationToken);
                var acknowledged = Stopwatch.GetTimestamp();
                using var timer = new PeriodicTimer(PollInterval);
                while (true)
                {
                    Interlocked.Increment(ref polls);
                    var risk = await RiskAsync(member, cancellationToken);
                    var elapsed = Stopwatch.GetElapsedTime(acknowledged);
                    if (risk is High)
                    {
                        lock (visible)
                        {
                            visible.Add(Stopwatch.GetTimestamp() - acknowledged);
                        }

                        break;
                    }

                    if (elapsed > GiveUpAfter)
                    {
                        // Tells a directory that fell behind from a write that did not make the risk high.
                        Interlocked.Increment(ref timedOut);
                        var engine = await directory.RecommendedRiskAsync(http, member, cancellationToken);
                        Interlocked.CompareExchange(ref firstMiss, $"{member}: directory {risk ?? "(not found)"}, recommendations {engine}", null);
                        break;
                    }

                    await timer.WaitForNextTickAsync(cancellationToken);
                }
            }
        }));

        return new FreshnessResult(externalIds.Count, visible.Count, alreadyHigh, timedOut, polls, clock.Elapsed,
            LatencySamples.Percentiles([visible], 50, 99, 100), firstMiss);
    }

    /// <summary>The member's risk as the follow-up list shows it, lower case; null when the search does not find them.</summary>
    private async Task<string?> RiskAsync(string externalId, CancellationToken cancellationToken)
    {
        var page = await DirectoryClient.GetAsync(http, directory.Page("risk", 1, q: externalId), cancellationToken);
        return page.Items.FirstOrDefault(item => item.ExternalId == externalId)?.MuscleRetentionRisk?.ToLowerInvariant();
    }
}
