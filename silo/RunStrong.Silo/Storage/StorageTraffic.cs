using System.Collections.Concurrent;

namespace RunStrong.Silo.Storage;

/// <summary>
/// What this silo sent to Azure Storage since it started: attempts and request-body bytes, by service (blob,
/// table), HTTP method and whether an answer came back (<see cref="StorageTrafficPolicy"/> counts them). Storage
/// bills and throttles by request, and Azurite's or the account's CPU follows requests and bytes, so these are the
/// figures that say what a product operation costs in storage (e.g. requests and bytes per logged run).
/// </summary>
public sealed class StorageTraffic
{
    public const string Blob = "blob";
    public const string Table = "table";

    private readonly ConcurrentDictionary<Key, Counts> counts = new();

    /// <summary>One attempt sent to <paramref name="service"/> with <paramref name="bodyBytes"/> of request body.</summary>
    public void Sent(string service, string method, bool answered, long bodyBytes)
    {
        var entry = counts.GetOrAdd(new Key(service, method, answered), static _ => new Counts());
        Interlocked.Increment(ref entry.Requests);
        Interlocked.Add(ref entry.BodyBytes, bodyBytes);
    }

    /// <summary>The totals so far, one row per service, method and answered.</summary>
    public IReadOnlyList<Row> Snapshot() =>
        counts.Select(pair => new Row(pair.Key.Service, pair.Key.Method, pair.Key.Answered,
            Interlocked.Read(ref pair.Value.Requests), Interlocked.Read(ref pair.Value.BodyBytes))).ToArray();

    public sealed record Row(string Service, string Method, bool Answered, long Requests, long BodyBytes);

    private readonly record struct Key(string Service, string Method, bool Answered);

    private sealed class Counts
    {
#pragma warning disable SA1401, CA1051 // Fields, so Interlocked can update them in place.
        public long Requests;
        public long BodyBytes;
#pragma warning restore SA1401, CA1051
    }
}
