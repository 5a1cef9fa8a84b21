using System.Threading.Channels;
using RunStrong.Challenges.Standings;

namespace RunStrong.Silo.LiveLeaderboards;

/// <summary>
/// One stream's place in <see cref="LiveLeaderboardHub"/>: the pages of its challenge as they are published, newest
/// only (a slow reader loses intermediate pages, never the latest). Disposing it frees the stream's slot.
/// </summary>
public sealed class LeaderboardSubscription : IDisposable
{
    private readonly Action<LeaderboardSubscription> release;
    private int disposed;

    internal LeaderboardSubscription(string challengeKey, Action<LeaderboardSubscription> release)
    {
        ChallengeKey = challengeKey;
        this.release = release;
        Channel = System.Threading.Channels.Channel.CreateBounded<LeaderboardPage>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true });
    }

    public string ChallengeKey { get; }

    /// <summary>Completes when the challenge is gone (or the silo stops): the stream should end.</summary>
    public ChannelReader<LeaderboardPage> Pages => Channel.Reader;

    internal Channel<LeaderboardPage> Channel { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            release(this);
        }
    }
}
