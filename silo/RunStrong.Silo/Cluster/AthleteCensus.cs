using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// Stored athletes per tenant, counted from the athlete state blobs (<c>athlete-athlete/{tenant}/{athlete}.json</c>,
/// the blob storage provider's naming): exact, and no write path pays for it. A count lists every blob
/// name once (about 5,000 per page), so it is cached for <see cref="MaxAge"/>: ops screens poll it.
/// </summary>
public sealed class AthleteCensus(BlobServiceClient blobs, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private const string ContainerName = "athletes", Prefix = "athlete-athlete/";
    private readonly SemaphoreSlim counting = new(1, 1);
    private (IReadOnlyDictionary<string, int> Counts, DateTimeOffset At)? last;

    /// <param name="recount">Count now even if a recent count is cached.</param>
    public async Task<(IReadOnlyDictionary<string, int> Counts, DateTimeOffset At)> CountAsync(bool recount, CancellationToken cancellationToken)
    {
        if (!recount && last is { } cached && clock.GetUtcNow() - cached.At < MaxAge)
        {
            return cached;
        }

        await counting.WaitAsync(cancellationToken);
        try
        {
            if (!recount && last is { } fresh && clock.GetUtcNow() - fresh.At < MaxAge)
            {
                return fresh;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var container = blobs.GetBlobContainerClient(ContainerName);
            try
            {
                await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken))
                {
                    var rest = blob.Name.AsSpan(Prefix.Length);
                    var slash = rest.IndexOf('/');
                    if (slash > 0)
                    {
                        var tenant = rest[..slash].ToString();
                        counts[tenant] = counts.GetValueOrDefault(tenant) + 1;
                    }
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // No athlete stored yet: the container does not exist.
            }

            last = (counts, clock.GetUtcNow());
            return last.Value;
        }
        finally
        {
            counting.Release();
        }
    }

    public void Dispose() => counting.Dispose();
}
