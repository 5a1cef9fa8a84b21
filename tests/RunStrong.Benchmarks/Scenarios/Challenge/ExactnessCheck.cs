using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// After the load: waits until the leaderboard stops changing (its version is the same for a second, or
/// 10 s passed), then compares it with the ledger to the hundredth: participants, every listed team's score
/// and members, the sum over teams against the total; and every athlete's standing (score, and their
/// team's score), <c>concurrency</c> reads at a time.
/// </summary>
public sealed class ExactnessCheck(HttpClient http, ClubApi club, ClubRoster roster, ScoreLedger ledger, int concurrency)
{
    private const int Top = 100;
    private static readonly TimeSpan StableFor = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SettlePoll = TimeSpan.FromMilliseconds(100);

    public async Task<ExactnessReport> RunAsync(CancellationToken cancellationToken)
    {
        var (board, settled, settleTime) = await SettleAsync(cancellationToken);
        var mismatches = new ConcurrentQueue<string>();
        void Mismatch(FormattableString what) => mismatches.Enqueue(what.ToString(CultureInfo.InvariantCulture));

        if (board.Participants != roster.Athletes)
        {
            Mismatch($"participants {board.Participants}, expected {roster.Athletes}");
        }

        var teamSum = 0L;
        foreach (var team in board.Teams)
        {
            var index = TeamIndex(team.Id);
            var score = Hundredths.Of(team.Score);
            teamSum += score ?? 0;
            if (index is null)
            {
                Mismatch($"team '{team.Id}' is not one of the scenario's");
                continue;
            }

            var expected = ledger.TeamTotal(index.Value);
            var members = roster.MembersOf(index.Value).Count();
            if (score != expected || team.Members != members)
            {
                Mismatch($"team {team.Id}: score {team.Score} with {team.Members} members, expected {Hundredths.Format(expected)} with {members}");
            }
        }

        var listedAll = board.Teams.Count == roster.Teams;
        if (!listedAll && roster.Teams <= Top)
        {
            Mismatch($"the leaderboard lists {board.Teams.Count} teams, expected {roster.Teams}");
        }

        if (listedAll && teamSum != ledger.Total)
        {
            Mismatch($"sum over teams {Hundredths.Format(teamSum)}, expected total {Hundredths.Format(ledger.Total)}");
        }

        await Parallel.ForEachAsync(
            Enumerable.Range(0, roster.Athletes),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (athlete, token) =>
            {
                var standing = await club.GetStandingAsync(http, athlete, token);
                var expected = ledger.AthleteTotal(athlete);
                var team = roster.TeamOf(athlete);
                if (standing is null)
                {
                    Mismatch($"athlete {ClubRoster.AthleteId(athlete)}: not on the leaderboard, expected {Hundredths.Format(expected)}");
                }
                else if (Hundredths.Of(standing.Score) != expected || standing.TeamId != ClubRoster.TeamId(team))
                {
                    Mismatch($"athlete {standing.AthleteId}: score {standing.Score} in {standing.TeamId}, expected {Hundredths.Format(expected)} in {ClubRoster.TeamId(team)}");
                }
                else if (standing.Team is { } listed && Hundredths.Of(listed.Score) != ledger.TeamTotal(team))
                {
                    Mismatch($"athlete {standing.AthleteId}: team {listed.Id} score {listed.Score}, expected {Hundredths.Format(ledger.TeamTotal(team))}");
                }
            });

        return new ExactnessReport(settled, settleTime, board.Version, board.Participants, board.Teams.Count, teamSum, ledger.Total, roster.Athletes, [.. mismatches]);
    }

    /// <summary>Reads the leaderboard until its version holds still for <see cref="StableFor"/>; returns the last read.</summary>
    private async Task<(LeaderboardView Board, bool Settled, TimeSpan Elapsed)> SettleAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var board = await club.GetLeaderboardAsync(http, Top, cancellationToken);
        var stableSince = clock.Elapsed;
        while (true)
        {
            await Task.Delay(SettlePoll, cancellationToken);
            var next = await club.GetLeaderboardAsync(http, Top, cancellationToken);
            if (next.Version != board.Version)
            {
                stableSince = clock.Elapsed;
            }

            board = next;
            if (clock.Elapsed - stableSince >= StableFor)
            {
                return (board, true, stableSince);
            }

            if (clock.Elapsed > SettleTimeout)
            {
                return (board, false, clock.Elapsed);
            }
        }
    }

    private int? TeamIndex(string teamId) =>
        teamId.StartsWith("team-", StringComparison.Ordinal)
        && int.TryParse(teamId.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && index < roster.Teams && ClubRoster.TeamId(index) == teamId
            ? index
            : null;
}
