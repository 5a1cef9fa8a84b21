using System.Collections.Concurrent;
using RunStrong.Contracts.Challenges;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Makes the shards of chosen challenges refuse score submissions, as an unreachable or failing shard
/// would. Keyed by challenge, so tests running in parallel on other challenges are unaffected.
/// </summary>
public sealed class ShardFaults : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, bool> Failing = new(StringComparer.Ordinal);

    public static void Fail(string challengeKey) => Failing[challengeKey] = true;

    public static void Heal(string challengeKey) => Failing.TryRemove(challengeKey, out _);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == nameof(IChallengeShardGrain.Submit)
            && context.TargetId.Key.ToString() is { } key
            && Failing.ContainsKey(ChallengeKeys.ChallengeOfShard(key)))
        {
            throw new InvalidOperationException($"Shard {key} is failing (test fault).");
        }

        return context.Invoke();
    }
}
