using System.Diagnostics;
using System.Globalization;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// A control for the load's acknowledgement times: logs runs for athletes who are in no challenge, one at a
/// time every 100 ms on its own connection while the load runs, and times each answer. Such a run takes the
/// same path (gateway, silo, an active athlete grain, one small state write) minus the challenge shard's
/// commit, so comparing the two tells what the challenge step adds. The athletes (a few, in turn, so each
/// log stays as short as the members') get their profiles beforehand; their runs count nowhere.
/// </summary>
public sealed class UnenrolledRunProbe(HttpClient http, ClubApi club)
{
    private const int Athletes = 50;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static string AthleteId(int athlete) => string.Create(CultureInfo.InvariantCulture, $"bench-unenrolled-{athlete:D2}");

    /// <summary>Creates the athletes' profiles (which also activates their grains, as the members' are).</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        for (var athlete = 0; athlete < Athletes; athlete++)
        {
            using var request = club.PutProfile(AthleteId(athlete), athlete);
            using var response = await http.SendAsync(request, cancellationToken);
            await response.EnsureAsync($"put the profile of {AthleteId(athlete)}", cancellationToken);
        }
    }

    /// <summary>Sends for <paramref name="duration"/>; returns the acknowledged runs, the others, and the acknowledgement times.</summary>
    public async Task<LoadOutcome> RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new LatencySamples();
        long failures = 0;
        string? firstFailure = null;
        var start = Stopwatch.GetTimestamp();
        var now = DateTimeOffset.UtcNow;
        var wholeSeconds = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        using var timer = new PeriodicTimer(Interval);
        for (var i = 0; Stopwatch.GetElapsedTime(start) < duration; i++)
        {
            var run = new LoggedRun(i, i % Athletes, string.Create(CultureInfo.InvariantCulture, $"bench-control-{i:D5}"),
                wholeSeconds - TimeSpan.FromMinutes(5 + i), 500, 30);
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var request = club.LogRun(AthleteId(run.Athlete), run);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetTimestamp() - sent);
                }
                else
                {
                    failures++;
                    firstFailure ??= $"{(int)response.StatusCode} {response.ReasonPhrase}";
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                failures++;
                firstFailure ??= e.Message;
            }

            await timer.WaitForNextTickAsync(cancellationToken);
        }

        var percentiles = LatencySamples.Percentiles([latencies], 50, 99, 100);
        return new LoadOutcome(latencies.Count, failures, Stopwatch.GetElapsedTime(start), percentiles[0], percentiles[1], percentiles[2], firstFailure);
    }
}
