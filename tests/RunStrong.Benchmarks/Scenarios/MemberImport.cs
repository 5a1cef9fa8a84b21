using System.Diagnostics;
using System.Net;
using RunStrong.Benchmarks.Platform;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// A member import through the gateway, as a gym's staff would run it: the CSV POSTed (streamed as it is
/// generated), then the job's <c>Location</c> polled every 250 ms until it finishes.
/// </summary>
public static class MemberImport
{
    /// <summary>Members the import job writes at once (ImportJobGrain); the raw baselines use the same.</summary>
    public const int JobConcurrency = 32;

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long an import of <paramref name="members"/> may take: <see cref="Timeout"/>, or 50 members a second for a
    /// larger one (Azurite slows as its store grows: a 300,000-member import fell from 335 to under 100 members/s
    /// past 140,000 and had reached 205,500 at 30 minutes).
    /// </summary>
    public static TimeSpan TimeoutFor(long members) => TimeSpan.FromSeconds(Math.Max(Timeout.TotalSeconds, members / 50.0));
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    /// <summary>POSTs <paramref name="content"/> to the tenant's imports; returns once the gateway answered 202.</summary>
    public static async Task<StartedImport> StartAsync(
        HttpClient gateway, string tenantId, string apiKey, GeneratedMembersContent content, CancellationToken cancellationToken)
    {
        var upload = Stopwatch.StartNew();
        using var post = TenantRequests.Create(HttpMethod.Post, $"api/t/{tenantId}/imports", apiKey);
        post.Content = content;
        using var accepted = await gateway.SendAsync(post, cancellationToken);
        await accepted.EnsureAsync("start import", cancellationToken);
        var uploadTime = upload.Elapsed;
        var location = accepted.Headers.Location ?? throw new InvalidOperationException("The import's 202 has no Location.");
        if (accepted.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"start import: {(int)accepted.StatusCode}, expected 202");
        }

        return new StartedImport(location, uploadTime);
    }

    /// <summary>Polls the job until it completes (progress every 10 s to <paramref name="output"/>); throws when it fails or takes too long.</summary>
    public static async Task<ImportJobStatus> PollUntilFinishedAsync(
        HttpClient gateway, Uri location, string apiKey, TextWriter output, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var limit = Timeout;
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            using var request = TenantRequests.Create(HttpMethod.Get, location.OriginalString, apiKey);
            using var response = await gateway.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && deadline.Elapsed < limit)
            {
                // A status read is safe to repeat: on a saturated machine the platform sheds or times out a poll now and then.
                output.WriteLine(Invariant($"  {deadline.Elapsed.TotalSeconds,5:0} s  poll answered 503; polling on"));
                await Task.Delay(PollInterval, cancellationToken);
                continue;
            }

            await response.EnsureAsync("poll import", cancellationToken);
            var job = ImportJobStatus.Read(await response.Content.ReadAsStringAsync(cancellationToken));
            if (job.Status is "completed")
            {
                return job;
            }

            if (job.Status is "failed" or "cancelled")
            {
                throw new InvalidOperationException($"The import ended {job.Status}: {job.FailureReason}");
            }

            if (deadline.Elapsed - lastReport >= ProgressEvery)
            {
                lastReport = deadline.Elapsed;
                output.WriteLine(Invariant($"  {deadline.Elapsed.TotalSeconds,5:0} s  {job.Status,-9} {job.Processed,8}/{job.Total} processed  rate {job.Rate:0}/s"));
            }

            limit = TimeoutFor(job.Total);
            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"The import did not finish within {limit.TotalMinutes:0} minutes ({job.Processed}/{job.Total}).");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
