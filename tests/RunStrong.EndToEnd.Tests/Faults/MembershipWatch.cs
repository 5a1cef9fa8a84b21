using RunStrong.EndToEnd.Tests.Failover;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// Polls the membership table while a fault runs and notes, on the test's clock, each change of a silo's
/// status: when a silo active at the start was declared dead (the victim), and when a silo that was not there
/// at the start became active after that (its replacement).
/// </summary>
internal sealed class MembershipWatch(ClusterMembership membership, Timeline timeline) : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<(double At, string What)> changes = [];

    public double? VictimDeadAt { get; private set; }

    /// <summary>When the replacement became active; 0 until then.</summary>
    public double ReplacementActiveAt { get; private set; }

    public IReadOnlyList<(double At, string What)> Changes => changes;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop.Token);
        var known = (await membership.ReadAsync(cancellationToken)).ToDictionary(m => m.Address, m => m.Status, StringComparer.Ordinal);
        var initiallyActive = known.Where(m => m.Value == "Active").Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        try
        {
            while (!linked.IsCancellationRequested)
            {
                foreach (var member in await membership.ReadAsync(linked.Token))
                {
                    if (known.TryGetValue(member.Address, out var status) && status == member.Status)
                    {
                        continue;
                    }

                    known[member.Address] = member.Status;
                    var at = timeline.Now;
                    changes.Add((at, $"{member.Address} {member.Status}"));
                    if (member.Status == "Dead" && initiallyActive.Contains(member.Address))
                    {
                        VictimDeadAt ??= at;
                    }
                    else if (member.Status == "Active" && !initiallyActive.Contains(member.Address) && VictimDeadAt is not null && ReplacementActiveAt == 0)
                    {
                        ReplacementActiveAt = at;
                    }
                }

                await Task.Delay(100, linked.Token);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    public Task StopAsync() => stop.CancelAsync();

    public void Dispose() => stop.Dispose();
}
