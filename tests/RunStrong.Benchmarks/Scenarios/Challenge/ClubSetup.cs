using System.Diagnostics;
using System.Net;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// Sets the club up through the gateway: the challenge (from 7 days ago to 7 days ahead), its teams, every
/// athlete's profile, every membership, each step with <c>concurrency</c> requests in flight; then waits
/// until the leaderboard lists every participant. A request that fails for a reason that may pass (5xx, no
/// answer) is retried a few times and counted; anything else stops the scenario. <paramref name="gateway"/> honours
/// 429/503 with Retry-After (<paramref name="shedding"/>, whose counts each step reports), as clients are expected to.
/// </summary>
public sealed class ClubSetup(HttpClient gateway, RetryAfterHandler shedding, ClubApi club, ClubRoster roster, int concurrency)
{
    private const int Attempts = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ListedTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ListedPoll = TimeSpan.FromMilliseconds(100);

    public async Task<IReadOnlyList<SetupStep>> RunAsync(DateOnly today, TextWriter output, CancellationToken cancellationToken)
    {
        var steps = new List<SetupStep>();
        void Done(SetupStep step)
        {
            steps.Add(step);
            output.WriteLine(step.Line);
        }

        Done(await StepAsync("challenge", 1, _ => club.CreateChallenge(today.AddDays(-7), today.AddDays(7)), HttpStatusCode.Created, cancellationToken));
        Done(await StepAsync("teams", roster.Teams, club.AddTeam, HttpStatusCode.Created, cancellationToken));
        Done(await StepAsync("athlete profiles", roster.Athletes, club.PutProfile, null, cancellationToken));
        Done(await StepAsync("memberships", roster.Athletes, athlete => club.Join(athlete, roster.TeamOf(athlete)), HttpStatusCode.NoContent, cancellationToken));
        Done(await WaitUntilAllListedAsync(cancellationToken));
        return steps;
    }

    private async Task<SetupStep> StepAsync(
        string name, int count, Func<int, HttpRequestMessage> create, HttpStatusCode? expected, CancellationToken cancellationToken)
    {
        long retries = 0;
        var shedBefore = shedding.Shed;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (item, token) => Interlocked.Add(ref retries, await SendAsync(name, () => create(item), expected, token)));
        return new SetupStep(name, count, clock.Elapsed, retries, shedding.Shed - shedBefore);
    }

    /// <summary>Sends until a 2xx (the expected one when given, on a first attempt) and returns how many retries that took.</summary>
    private async Task<int> SendAsync(string what, Func<HttpRequestMessage> create, HttpStatusCode? expected, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = create();
                using var response = await gateway.SendAsync(request, cancellationToken);
                if ((int)response.StatusCode < 500 || attempt == Attempts)
                {
                    await response.EnsureAsync($"{what} ({request.Method} {request.RequestUri})", cancellationToken);
                    // A retried create may find what its lost first attempt made (200 instead of 201).
                    if (expected is { } status && response.StatusCode != status && attempt == 1)
                    {
                        throw new InvalidOperationException($"{what}: {(int)response.StatusCode}, expected {(int)status}");
                    }

                    return attempt - 1;
                }
            }
            catch (Exception e) when (attempt < Attempts && !cancellationToken.IsCancellationRequested && e is HttpRequestException or TaskCanceledException)
            {
                // No answer (connection reset, timeout): try again.
            }

            await Task.Delay(RetryDelay, cancellationToken);
        }
    }

    /// <summary>A membership is acknowledged once its shard stored it; the leaderboard lists it after a flush and a snapshot.</summary>
    private async Task<SetupStep> WaitUntilAllListedAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var reads = 0;
        while (true)
        {
            reads++;
            var board = await club.GetLeaderboardAsync(gateway, 1, cancellationToken);
            if (board.Participants == roster.Athletes)
            {
                return new SetupStep("all participants listed", reads, clock.Elapsed, 0);
            }

            if (clock.Elapsed > ListedTimeout)
            {
                throw new TimeoutException($"The leaderboard listed {board.Participants} of {roster.Athletes} participants after {ListedTimeout.TotalSeconds} s.");
            }

            await Task.Delay(ListedPoll, cancellationToken);
        }
    }
}
